CREATE TABLE "knowledge_source_stats" (
	"workspace_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"ts_config" "regconfig" NOT NULL,
	"chunks" integer NOT NULL,
	"terms" bigint NOT NULL,
	CONSTRAINT "knowledge_source_stats_workspace_id_source_id_ts_config_pk" PRIMARY KEY("workspace_id","source_id","ts_config")
);
--> statement-breakpoint
CREATE TABLE "knowledge_term_stats" (
	"workspace_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"ts_config" "regconfig" NOT NULL,
	"lexeme" text NOT NULL,
	"chunks" integer NOT NULL,
	CONSTRAINT "knowledge_term_stats_workspace_id_ts_config_lexeme_source_id_pk" PRIMARY KEY("workspace_id","ts_config","lexeme","source_id")
);
--> statement-breakpoint
ALTER TABLE "knowledge_source_stats" ADD CONSTRAINT "knowledge_source_stats_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_source_stats" ADD CONSTRAINT "knowledge_source_stats_source_id_knowledge_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."knowledge_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_term_stats" ADD CONSTRAINT "knowledge_term_stats_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_term_stats" ADD CONSTRAINT "knowledge_term_stats_source_id_knowledge_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."knowledge_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_term_stats_source_idx" ON "knowledge_term_stats" USING btree ("source_id");