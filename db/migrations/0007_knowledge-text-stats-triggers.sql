-- Hand-written: drizzle-kit does not emit functions or triggers.
-- BM25's term frequencies and chunk length, computed as a chunk is written. (They were set by an
-- UPDATE after each insert, which left a dead copy of every chunk behind: PGlite never vacuums.)
CREATE FUNCTION knowledge_chunks_count_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT jsonb_object_agg(u.lexeme, array_length(u.positions, 1)), sum(array_length(u.positions, 1))
    INTO NEW.term_freqs, NEW.term_count
    FROM unnest(to_tsvector(NEW.ts_config, NEW.search_text)) AS u;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER knowledge_chunks_count_lexemes BEFORE INSERT OR UPDATE OF search_text, ts_config ON knowledge_chunks
  FOR EACH ROW EXECUTE FUNCTION knowledge_chunks_count_lexemes();
--> statement-breakpoint
-- BM25 statistics follow every change to knowledge_chunks, whoever makes it: inserts, deletes and the
-- deletes that cascade from documents, sources and workspaces. Removals only ever update or delete
-- rows, so a cascade that already removed a source's statistics is not re-created.
CREATE FUNCTION knowledge_text_stats_add(added knowledge_chunks[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO knowledge_term_stats AS s (workspace_id, source_id, ts_config, lexeme, chunks)
    SELECT c.workspace_id, c.source_id, c.ts_config, l.lexeme, count(*)::int
    FROM unnest(added) AS c CROSS JOIN LATERAL unnest(tsvector_to_array(c.tsv)) AS l(lexeme)
    GROUP BY c.workspace_id, c.source_id, c.ts_config, l.lexeme
    -- One order for every writer, so concurrent ingestions lock rows without deadlocking.
    ORDER BY c.workspace_id, c.ts_config, l.lexeme, c.source_id
  ON CONFLICT (workspace_id, ts_config, lexeme, source_id) DO UPDATE SET chunks = s.chunks + excluded.chunks;
  INSERT INTO knowledge_source_stats AS s (workspace_id, source_id, ts_config, chunks, terms)
    SELECT c.workspace_id, c.source_id, c.ts_config, count(*)::int,
           coalesce(sum((SELECT sum(array_length(u.positions, 1)) FROM unnest(c.tsv) AS u)), 0)::bigint
    FROM unnest(added) AS c
    GROUP BY c.workspace_id, c.source_id, c.ts_config
    ORDER BY c.workspace_id, c.source_id, c.ts_config
  ON CONFLICT (workspace_id, source_id, ts_config) DO UPDATE SET chunks = s.chunks + excluded.chunks, terms = s.terms + excluded.terms;
$$;
--> statement-breakpoint
CREATE FUNCTION knowledge_text_stats_remove(removed knowledge_chunks[]) RETURNS void LANGUAGE sql AS $$
  UPDATE knowledge_term_stats AS s SET chunks = s.chunks - counted.n
  FROM (
    SELECT c.workspace_id, c.source_id, c.ts_config, l.lexeme, count(*)::int AS n
    FROM unnest(removed) AS c CROSS JOIN LATERAL unnest(tsvector_to_array(c.tsv)) AS l(lexeme)
    GROUP BY c.workspace_id, c.source_id, c.ts_config, l.lexeme
  ) AS counted
  WHERE s.workspace_id = counted.workspace_id AND s.ts_config = counted.ts_config AND s.lexeme = counted.lexeme AND s.source_id = counted.source_id;
  DELETE FROM knowledge_term_stats AS s
  USING (
    SELECT DISTINCT c.workspace_id, c.source_id, c.ts_config, l.lexeme
    FROM unnest(removed) AS c CROSS JOIN LATERAL unnest(tsvector_to_array(c.tsv)) AS l(lexeme)
  ) AS gone
  WHERE s.workspace_id = gone.workspace_id AND s.ts_config = gone.ts_config AND s.lexeme = gone.lexeme AND s.source_id = gone.source_id AND s.chunks <= 0;
  UPDATE knowledge_source_stats AS s SET chunks = s.chunks - counted.n, terms = s.terms - counted.terms
  FROM (
    SELECT c.workspace_id, c.source_id, c.ts_config, count(*)::int AS n,
           coalesce(sum((SELECT sum(array_length(u.positions, 1)) FROM unnest(c.tsv) AS u)), 0)::bigint AS terms
    FROM unnest(removed) AS c
    GROUP BY c.workspace_id, c.source_id, c.ts_config
  ) AS counted
  WHERE s.workspace_id = counted.workspace_id AND s.source_id = counted.source_id AND s.ts_config = counted.ts_config;
  DELETE FROM knowledge_source_stats AS s
  USING (SELECT DISTINCT c.workspace_id, c.source_id, c.ts_config FROM unnest(removed) AS c) AS gone
  WHERE s.workspace_id = gone.workspace_id AND s.source_id = gone.source_id AND s.ts_config = gone.ts_config AND s.chunks <= 0;
$$;
--> statement-breakpoint
CREATE FUNCTION knowledge_chunks_stats_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM knowledge_text_stats_add(ARRAY(SELECT c::knowledge_chunks FROM added_chunks AS c));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION knowledge_chunks_stats_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM knowledge_text_stats_remove(ARRAY(SELECT c::knowledge_chunks FROM removed_chunks AS c));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION knowledge_chunks_stats_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM knowledge_text_stats_remove(ARRAY[OLD]);
  PERFORM knowledge_text_stats_add(ARRAY[NEW]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER knowledge_chunks_stats_insert AFTER INSERT ON knowledge_chunks
  REFERENCING NEW TABLE AS added_chunks FOR EACH STATEMENT EXECUTE FUNCTION knowledge_chunks_stats_on_insert();
--> statement-breakpoint
CREATE TRIGGER knowledge_chunks_stats_delete AFTER DELETE ON knowledge_chunks
  REFERENCING OLD TABLE AS removed_chunks FOR EACH STATEMENT EXECUTE FUNCTION knowledge_chunks_stats_on_delete();
--> statement-breakpoint
-- Per row and only when the searchable text or its place changes: the term-frequency update after
-- each insert touches none of these columns, so it costs nothing here.
CREATE TRIGGER knowledge_chunks_stats_update AFTER UPDATE OF search_text, ts_config, source_id, workspace_id ON knowledge_chunks
  FOR EACH ROW WHEN ((OLD.search_text, OLD.ts_config, OLD.source_id, OLD.workspace_id) IS DISTINCT FROM (NEW.search_text, NEW.ts_config, NEW.source_id, NEW.workspace_id))
  EXECUTE FUNCTION knowledge_chunks_stats_on_update();
--> statement-breakpoint
-- Statistics for the chunks indexed before this migration.
INSERT INTO knowledge_term_stats (workspace_id, source_id, ts_config, lexeme, chunks)
  SELECT c.workspace_id, c.source_id, c.ts_config, l.lexeme, count(*)::int
  FROM knowledge_chunks AS c CROSS JOIN LATERAL unnest(tsvector_to_array(c.tsv)) AS l(lexeme)
  GROUP BY c.workspace_id, c.source_id, c.ts_config, l.lexeme;
--> statement-breakpoint
INSERT INTO knowledge_source_stats (workspace_id, source_id, ts_config, chunks, terms)
  SELECT c.workspace_id, c.source_id, c.ts_config, count(*)::int,
         coalesce(sum((SELECT sum(array_length(u.positions, 1)) FROM unnest(c.tsv) AS u)), 0)::bigint
  FROM knowledge_chunks AS c
  GROUP BY c.workspace_id, c.source_id, c.ts_config;
