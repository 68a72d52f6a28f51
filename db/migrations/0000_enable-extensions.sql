-- pgvector for embeddings; drizzle-kit does not emit extensions itself.
CREATE EXTENSION IF NOT EXISTS vector;
