/**
 * Settings every database session needs. Filtered vector search (by workspace and source) must keep
 * scanning the HNSW graph until it has enough rows that pass the filter, or recall collapses on
 * small workspaces inside a large index. ef_search 80, measured with bench:retrieval on 100k chunks:
 * recall@10 0.981 at p95 19.8 ms (40: 0.942 at 12 ms; 64: 0.971 at 16 ms; 100: 0.987 at 20.3 ms).
 * Below 80 the 40 vector candidates a search takes lose recall on eval:retrieval too.
 */
export const sessionSettings = {
  "hnsw.ef_search": "80",
  "hnsw.iterative_scan": "relaxed_order",
} as const;

/** As SQL statements, for drivers that configure a session after connecting. */
export const sessionSettingsSql = Object.entries(sessionSettings)
  .map(([name, value]) => `SET ${name} = '${value}';`)
  .join(" ");

/** As a libpq `options` startup parameter, for connection pools. */
export const sessionSettingsOptions = Object.entries(sessionSettings)
  .map(([name, value]) => `-c ${name}=${value}`)
  .join(" ");
