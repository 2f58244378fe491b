import type { JobT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';

interface Rejected { path: string; code: string; message: string }

/** Reads the import job's result defensively (it crosses the wire as a plain record). */
function readResult(result: JobT['result']): { imported: number; duplicates: number; rejected: Rejected[] } {
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  const rejected: Rejected[] = [];
  if (Array.isArray(result?.rejected)) {
    for (const r of result.rejected as unknown[]) {
      if (typeof r !== 'object' || r === null) continue;
      const { path, code, message } = r as Record<string, unknown>;
      rejected.push({ path: String(path ?? ''), code: String(code ?? 'internal/unexpected'), message: String(message ?? '') });
    }
  }
  return { imported: num(result?.imported), duplicates: num(result?.duplicates), rejected };
}

/** After a finished import: pages added, duplicates skipped, and every rejected file with what to do next. */
export function ImportResult({ job }: { job: JobT }) {
  const { t, errorText } = useI18n();
  const r = readResult(job.result);
  return (
    <div data-testid="import-result">
      <p className={r.imported > 0 ? 'notice notice-ok' : 'notice notice-info'} role="status">
        {t('import.done', { imported: r.imported })}
        {r.duplicates > 0 && ` ${t('import.duplicates', { count: r.duplicates })}`}
      </p>
      {r.rejected.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p className="notice-main">{t('import.rejected', { count: r.rejected.length })}</p>
          <ul className="rejected-list">
            {r.rejected.slice(0, 20).map((x) => (
              <li key={x.path}><code className="path">{x.path}</code> — {x.message || errorText(x.code)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
