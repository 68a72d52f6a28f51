import { bigint, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { regconfig } from "./columns";
import { knowledgeSources } from "./knowledge";
import { workspaceIdColumn } from "./workspaces";

/**
 * Full-text statistics for BM25, kept up to date by triggers on `knowledge_chunks` (see the
 * `knowledge-text-stats-triggers` migration) so every insert, delete and cascade counts, whoever
 * makes it. Search reads a few rows here instead of counting matches among all chunks.
 */

/** In how many chunks of a source each lexeme occurs: the document frequency behind IDF. */
export const knowledgeTermStats = pgTable(
  "knowledge_term_stats",
  {
    workspaceId: workspaceIdColumn(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    tsConfig: regconfig("ts_config").notNull(),
    lexeme: text("lexeme").notNull(),
    chunks: integer("chunks").notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.tsConfig, table.lexeme, table.sourceId] }), index("knowledge_term_stats_source_idx").on(table.sourceId)],
);

/** Chunks and their total length per source and text-search configuration: BM25's collection size and average length. */
export const knowledgeSourceStats = pgTable(
  "knowledge_source_stats",
  {
    workspaceId: workspaceIdColumn(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    tsConfig: regconfig("ts_config").notNull(),
    chunks: integer("chunks").notNull(),
    terms: bigint("terms", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.sourceId, table.tsConfig] })],
);
