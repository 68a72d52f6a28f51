-- Before the unique indexes: fold a duplicate articles/short-answers collection (a lost race) into the oldest one,
-- and mark a URL added twice so both rows survive with distinct keys.
UPDATE knowledge_documents t SET source_id = r.keeper FROM (SELECT id, first_value(id) OVER (PARTITION BY workspace_id, kind ORDER BY created_at, id) AS keeper FROM knowledge_sources WHERE kind IN ('articles', 'short_answers')) r WHERE t.source_id = r.id AND r.id <> r.keeper;
--> statement-breakpoint
UPDATE knowledge_chunks t SET source_id = r.keeper FROM (SELECT id, first_value(id) OVER (PARTITION BY workspace_id, kind ORDER BY created_at, id) AS keeper FROM knowledge_sources WHERE kind IN ('articles', 'short_answers')) r WHERE t.source_id = r.id AND r.id <> r.keeper;
--> statement-breakpoint
UPDATE knowledge_redactions t SET source_id = r.keeper FROM (SELECT id, first_value(id) OVER (PARTITION BY workspace_id, kind ORDER BY created_at, id) AS keeper FROM knowledge_sources WHERE kind IN ('articles', 'short_answers')) r WHERE t.source_id = r.id AND r.id <> r.keeper;
--> statement-breakpoint
DELETE FROM knowledge_sources s USING (SELECT id, first_value(id) OVER (PARTITION BY workspace_id, kind ORDER BY created_at, id) AS keeper FROM knowledge_sources WHERE kind IN ('articles', 'short_answers')) r WHERE s.id = r.id AND r.id <> r.keeper;
--> statement-breakpoint
UPDATE knowledge_sources s SET config = jsonb_set(s.config, '{url}', to_jsonb((s.config->>'url') || '#duplicate-' || s.id))
FROM (
	SELECT id, row_number() OVER (PARTITION BY workspace_id, config->>'url' ORDER BY created_at, id) AS n FROM knowledge_sources WHERE kind = 'url'
) d WHERE s.id = d.id AND d.n > 1;
--> statement-breakpoint
CREATE TABLE "email_verifications" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_sources_collection_idx" ON "knowledge_sources" USING btree ("workspace_id","kind") WHERE kind in ('articles', 'short_answers');--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_sources_url_idx" ON "knowledge_sources" USING btree ("workspace_id",("config"->>'url')) WHERE kind = 'url';--> statement-breakpoint
-- Accounts created before addresses were confirmed keep working if they belong to a workspace; the rest confirm at their next sign-up.
UPDATE "users" SET "email_verified" = "created_at" WHERE "email_verified" IS NULL AND EXISTS (SELECT 1 FROM "memberships" m WHERE m."user_id" = "users"."id");
