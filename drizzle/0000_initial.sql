CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "area_texts" (
	"evaluation_id" uuid NOT NULL,
	"area_code" varchar(8) NOT NULL,
	"introduction" text,
	"analysis" text,
	"strengths" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"improvements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "area_texts_evaluation_id_area_code_pk" PRIMARY KEY("evaluation_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" char(4) NOT NULL,
	"framework_id" text NOT NULL,
	"fieldwork_start" varchar(10),
	"fieldwork_end" varchar(10),
	"report_date" varchar(10),
	"stated_ordinal" integer,
	"evaluators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interviewees" integer,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"origin" varchar(16) DEFAULT 'workspace' NOT NULL,
	"published" jsonb,
	"archive_key" varchar(120),
	"summary_comments" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"import_report" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_archive_key_unique" UNIQUE("archive_key"),
	CONSTRAINT "evaluations_status_check" CHECK ("evaluations"."status" in ('draft','review','fact_check','final','published')),
	CONSTRAINT "evaluations_origin_check" CHECK ("evaluations"."origin" in ('workspace','archive')),
	CONSTRAINT "evaluations_interviewees_check" CHECK ("evaluations"."interviewees" is null or "evaluations"."interviewees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_examples" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"area_code" varchar(8),
	"municipality_code" char(4),
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_hash" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"status" varchar(16) DEFAULT 'queued' NOT NULL,
	"stage" varchar(32) DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" jsonb,
	"evaluations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_status_check" CHECK ("import_jobs"."status" in ('queued','running','done','failed')),
	CONSTRAINT "import_jobs_progress_check" CHECK ("import_jobs"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" char(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"county_code" char(2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_groups" (
	"municipality_code" char(4) NOT NULL,
	"year" integer NOT NULL,
	"group_code" varchar(8) NOT NULL,
	"source" text,
	CONSTRAINT "municipality_groups_municipality_code_year_pk" PRIMARY KEY("municipality_code","year")
);
--> statement-breakpoint
CREATE TABLE "municipality_populations" (
	"municipality_code" char(4) NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"source" text,
	CONSTRAINT "municipality_populations_municipality_code_year_pk" PRIMARY KEY("municipality_code","year"),
	CONSTRAINT "population_non_negative" CHECK ("municipality_populations"."population" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scores" (
	"evaluation_id" uuid NOT NULL,
	"unit_code" varchar(16) NOT NULL,
	"score" numeric(7, 2) NOT NULL,
	CONSTRAINT "scores_evaluation_id_unit_code_pk" PRIMARY KEY("evaluation_id","unit_code"),
	CONSTRAINT "scores_non_negative" CHECK ("scores"."score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "subarea_texts" (
	"evaluation_id" uuid NOT NULL,
	"unit_code" varchar(16) NOT NULL,
	"analysis" text NOT NULL,
	CONSTRAINT "subarea_texts_evaluation_id_unit_code_pk" PRIMARY KEY("evaluation_id","unit_code")
);
--> statement-breakpoint
ALTER TABLE "area_texts" ADD CONSTRAINT "area_texts_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_groups" ADD CONSTRAINT "municipality_groups_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_populations" ADD CONSTRAINT "municipality_populations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subarea_texts" ADD CONSTRAINT "subarea_texts_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "evaluations_municipality_idx" ON "evaluations" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "good_examples_evaluation_idx" ON "good_examples" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "good_examples_municipality_idx" ON "good_examples" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "import_jobs_created_idx" ON "import_jobs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "municipalities_short_name_idx" ON "municipalities" USING btree (lower("short_name"));