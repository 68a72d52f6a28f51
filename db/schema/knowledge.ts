import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAtColumn, primaryId, regconfig, updatedAtColumn } from "./columns";
import { workspaceIdColumn } from "./workspaces";

export const sourceKinds = ["url", "file", "articles", "short_answers"] as const;
export const sourceKind = pgEnum("knowledge_source_kind", sourceKinds);

export const sourceStatuses = ["idle", "queued", "syncing", "ready", "failed", "cancelled"] as const;
export const sourceStatus = pgEnum("knowledge_source_status", sourceStatuses);

/**
 * Where an agent's knowledge comes from. URL sources and files are one row each; a workspace's
 * articles and its short answers are each gathered in one source, so an agent picks them as a whole.
 */
export const knowledgeSources = pgTable(
  "knowledge_sources",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    kind: sourceKind("kind").notNull(),
    name: text("name").notNull(),
    /** Kind-specific settings, validated by server/knowledge (e.g. the URL, whether to crawl related pages). */
    config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
    /** Refuse content that contains sensitive data instead of redacting it. */
    rejectSensitive: boolean("reject_sensitive").notNull().default(false),
    status: sourceStatus("status").notNull().default("idle"),
    lastError: text("last_error"),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    nextSyncAt: timestamp("next_sync_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("knowledge_sources_workspace_idx").on(table.workspaceId, table.kind),
    // One articles and one short-answers collection per workspace, and each address added once.
    uniqueIndex("knowledge_sources_collection_idx").on(table.workspaceId, table.kind).where(sql`kind in ('articles', 'short_answers')`),
    uniqueIndex("knowledge_sources_url_idx").on(table.workspaceId, sql`(${table.config}->>'url')`).where(sql`kind = 'url'`),
  ],
);

export const syncRunStatuses = ["running", "completed", "cancelled", "failed"] as const;
export const syncRunStatus = pgEnum("knowledge_sync_run_status", syncRunStatuses);

/** One pass over a source (a crawl, a file parse, an article save). Progress counters live here. */
export const knowledgeSyncRuns = pgTable(
  "knowledge_sync_runs",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    status: syncRunStatus("status").notNull().default("running"),
    discovered: integer("discovered").notNull().default(0),
    fetched: integer("fetched").notNull().default(0),
    indexed: integer("indexed").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    /** Chunks embedded in this run: a resync of unchanged content keeps this at zero. */
    embedded: integer("embedded").notNull().default(0),
    /** Per-run working data the batches share, e.g. the robots.txt rules and crawl delay of a site. */
    state: jsonb("state").$type<Record<string, unknown>>().notNull().default({}),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [index("knowledge_sync_runs_source_idx").on(table.sourceId, table.startedAt)],
);

export const documentStates = ["queued", "indexed", "unchanged", "failed", "skipped", "removed"] as const;
export const documentState = pgEnum("knowledge_document_state", documentStates);

/**
 * A page, file, article or short answer within a source. For URL sources the rows in state
 * `queued` are the crawl frontier, so a killed crawl resumes from here.
 */
export const knowledgeDocuments = pgTable(
  "knowledge_documents",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    /** Stable identity within the source: the canonical URL, `file`, `article:<id>`, `short-answer:<id>`. */
    key: text("key").notNull(),
    url: text("url"),
    title: text("title").notNull().default(""),
    language: text("language"),
    markdown: text("markdown"),
    contentHash: text("content_hash"),
    etag: text("etag"),
    lastModified: text("last_modified"),
    state: documentState("state").notNull().default("queued"),
    error: text("error"),
    httpStatus: integer("http_status"),
    /** Crawl depth from the start URL, for breadth-first order. */
    depth: integer("depth").notNull().default(0),
    lastSeenRunId: uuid("last_seen_run_id"),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }),
    indexedAt: timestamp("indexed_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("knowledge_documents_source_key_idx").on(table.sourceId, table.key),
    index("knowledge_documents_frontier_idx").on(table.sourceId, table.state, table.depth),
    index("knowledge_documents_workspace_url_idx").on(table.workspaceId, table.url),
  ],
);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
/** pgvector's `vector` without a fixed dimension: each embedding model may have its own. */
const anyVector = customType<{ data: number[]; driverData: string }>({
  dataType: () => "vector",
  toDriver: (value) => `[${value.join(",")}]`,
  fromDriver: (value) => JSON.parse(value) as number[],
});

/**
 * Searchable passages. `embedding` has no fixed dimension so models can change; each model gets a
 * partial HNSW index over `embedding::vector(<dims>)` (see server/knowledge/index-store).
 */
export const knowledgeChunks = pgTable(
  "knowledge_chunks",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => knowledgeDocuments.id, { onDelete: "cascade" }),
    ordinal: integer("ordinal").notNull(),
    headingPath: text("heading_path").array().notNull().default(sql`'{}'::text[]`),
    anchor: text("anchor"),
    content: text("content").notNull(),
    /** What was embedded and indexed for full-text search: title, heading path and content. */
    searchText: text("search_text").notNull(),
    language: text("language"),
    tsConfig: regconfig("ts_config").notNull().default(sql`'simple'::regconfig`),
    tsv: tsvector("tsv").generatedAlwaysAs(sql`to_tsvector(ts_config, search_text)`),
    /** Lexeme → occurrences, and their total: BM25's term frequency and length, read without unnesting `tsv`. */
    termFreqs: jsonb("term_freqs").$type<Record<string, number>>(),
    termCount: integer("term_count"),
    embedding: anyVector("embedding"),
    embeddingModel: text("embedding_model"),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("knowledge_chunks_document_ordinal_idx").on(table.documentId, table.ordinal),
    index("knowledge_chunks_workspace_source_idx").on(table.workspaceId, table.sourceId),
    index("knowledge_chunks_tsv_idx").using("gin", table.tsv),
    index("knowledge_chunks_model_idx").on(table.embeddingModel),
  ],
);

/** A record of each redaction: which kind of data, where, and a masked hint — never the value. */
export const knowledgeRedactions = pgTable(
  "knowledge_redactions",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    documentId: uuid("document_id").references(() => knowledgeDocuments.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** Where in the document, e.g. "characters 120–139" or "title". */
    location: text("location").notNull(),
    preview: text("preview").notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [index("knowledge_redactions_source_idx").on(table.sourceId)],
);

/** Uploaded file bytes, kept so a file can be parsed again (e.g. by a better parser) without a re-upload. */
export const knowledgeFiles = pgTable(
  "knowledge_files",
  {
    sourceId: uuid("source_id")
      .primaryKey()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    workspaceId: workspaceIdColumn(),
    filename: text("filename").notNull(),
    contentType: text("content_type"),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    bytes: customType<{ data: Uint8Array }>({ dataType: () => "bytea" })("bytes").notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [uniqueIndex("knowledge_files_workspace_sha_idx").on(table.workspaceId, table.sha256)],
);

export const articleStatuses = ["draft", "published"] as const;
export const articleStatus = pgEnum("article_status", articleStatuses);

/** Help-center articles written in the dashboard; published ones are indexed. */
export const articles = pgTable(
  "articles",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    category: text("category"),
    language: text("language"),
    status: articleStatus("status").notNull().default("draft"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [index("articles_workspace_idx").on(table.workspaceId, table.updatedAt)],
);

/** A question (with variants) and its answer; ranked above ordinary content when it matches. */
export const shortAnswers = pgTable(
  "short_answers",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    question: text("question").notNull(),
    variants: text("variants").array().notNull().default(sql`'{}'::text[]`),
    answer: text("answer").notNull(),
    language: text("language"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [index("short_answers_workspace_idx").on(table.workspaceId)],
);
