/** The rows of a `db.execute(sql…)` result: postgres.js returns them as the result, PGlite in `rows`. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result;
  return (result as { rows: Record<string, unknown>[] }).rows;
}
