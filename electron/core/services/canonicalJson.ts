/**
 * Deterministic JSON: object keys sorted at every level, no whitespace, `undefined` members dropped (as
 * JSON.stringify does). The audit hash is computed over this text, so the same entry always hashes the same
 * after a round trip through the database.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortDeep(value));
}

function sortDeep(value: unknown): unknown {
  const json = (value as { toJSON?: unknown } | null)?.toJSON;
  if (typeof json === 'function') return sortDeep((json as () => unknown).call(value));
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortDeep(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortDeep(v);
    }
    return out;
  }
  return value;
}
