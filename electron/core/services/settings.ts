import type { OutputOf, ParsedInputOf } from '../../shared/contract/api';
import { api } from '../../shared/contract/api';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { parseOrThrow } from './validate';

export type SettingsT = OutputOf<'settings', 'get'>;
export type SettingsPatchT = ParsedInputOf<'settings', 'update'>;

function defaults(store: Store): SettingsT {
  return { hotFolder: null, outboxDir: store.paths.outboxDir, language: 'vi', esclUrls: [] };
}

/** Station settings: stored keys over defaults (outbox `<dataDir>/outbox`, Vietnamese UI, no hot folder, no manual eSCL URLs). */
export function getSettings(store: Store): SettingsT {
  const rows = store.db.prepare('SELECT key, value_json FROM settings').all() as { key: string; value_json: string }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value_json) as unknown;
  const merged = { ...defaults(store), ...stored };
  // A value that no longer fits the schema (older version, hand edit) falls back to the default.
  const parsed = api.settings.get.output.safeParse(merged);
  return parsed.success ? parsed.data : defaults(store);
}

/** Applies a partial update (only given keys change) and audits the changed keys with old and new values. */
export function updateSettings(store: Store, patch: SettingsPatchT, actor: string): SettingsT {
  const data = parseOrThrow(api.settings.update.input, patch);
  return store.db.transaction(() => {
    const before = getSettings(store);
    const at = store.now().toISOString();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const upsert = store.db.prepare(`INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`);
    for (const [key, value] of Object.entries(data) as [keyof SettingsT, unknown][]) {
      // JSON equality: `esclUrls` is an array, a new one with the same addresses is no change.
      if (value === undefined || JSON.stringify(before[key]) === JSON.stringify(value)) continue;
      upsert.run(key, JSON.stringify(value), at);
      changes[key] = { from: before[key], to: value };
    }
    if (Object.keys(changes).length > 0) {
      appendAudit(store.db, { actor, action: 'settings.update', entity: 'settings', entityId: null, at, data: { changes } });
    }
    return getSettings(store);
  })();
}
