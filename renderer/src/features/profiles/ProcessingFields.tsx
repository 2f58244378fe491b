import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { OUTPUTS, SEPARATIONS, type ProfileDraft } from './draft';

interface FieldsProps { draft: ProfileDraft; set(patch: Partial<ProfileDraft>): void; issues: Readonly<Record<string, string>> }

/** After capture: blank pages, deskew, document separation (+ page count) and the output format. */
export function ProcessingFields({ draft, set, issues }: FieldsProps) {
  const { t } = useI18n();
  const sep = draft.separation;
  const setSep = (patch: Partial<ProfileDraft['separation']>) => set({ separation: { ...sep, ...patch } });
  return (
    <>
      <Field label={t('profiles.blank')} error={issues.blankHandling}>
        <select name="blankHandling" value={draft.blankHandling} onChange={(e) => set({ blankHandling: e.target.value === 'keep' ? 'keep' : 'flag' })}>
          <option value="flag">{t('profiles.blank.flag')}</option>
          <option value="keep">{t('profiles.blank.keep')}</option>
        </select>
      </Field>
      <Field label={t('profiles.output')} error={issues.outputProfile}>
        <select name="outputProfile" value={draft.outputProfile} onChange={(e) => set({ outputProfile: e.target.value as ProfileDraft['outputProfile'] })}>
          {OUTPUTS.map((o) => <option key={o} value={o}>{t(`profiles.out.${o}`)}</option>)}
        </select>
      </Field>
      <Field label={t('profiles.separation')} error={issues['separation.mode']}>
        <select name="separationMode" value={sep.mode}
          onChange={(e) => { const mode = e.target.value as typeof sep.mode; setSep({ mode, pageCount: mode === 'fixed-count' ? (sep.pageCount ?? 1) : null }); }}>
          {SEPARATIONS.map((s) => <option key={s} value={s}>{t(`profiles.sep.${s}`)}</option>)}
        </select>
      </Field>
      <Field label={t('profiles.sepCount')} error={issues['separation.pageCount']}>
        <input type="number" name="separationPageCount" min={1} max={1000} disabled={sep.mode !== 'fixed-count'} value={sep.pageCount ?? ''}
          onChange={(e) => setSep({ pageCount: e.target.value === '' ? null : Number(e.target.value) })} />
      </Field>
      <label className="check field-check">
        <input type="checkbox" name="deskew" checked={draft.deskew} onChange={(e) => set({ deskew: e.target.checked })} /> {t('profiles.deskew')}
      </label>
    </>
  );
}
