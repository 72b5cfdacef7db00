CREATE SEQUENCE "public"."kompass_cache_epoch" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "report_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner" text NOT NULL,
	"reader_user_id" uuid,
	"evaluation_id" uuid NOT NULL,
	"format" varchar(8) NOT NULL,
	"options" jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'queued' NOT NULL,
	"step" varchar(32) DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"lease_until" timestamp with time zone,
	"error" jsonb,
	"file_name" text,
	"content_type" text,
	"file" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "report_jobs_status_check" CHECK ("report_jobs"."status" in ('queued','running','done','failed')),
	CONSTRAINT "report_jobs_format_check" CHECK ("report_jobs"."format" in ('docx','pdf')),
	CONSTRAINT "report_jobs_progress_check" CHECK ("report_jobs"."progress" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "locked_by" text;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "report_jobs" ADD CONSTRAINT "report_jobs_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_jobs_claim_idx" ON "report_jobs" USING btree ("status","run_after");--> statement-breakpoint
CREATE INDEX "report_jobs_owner_idx" ON "report_jobs" USING btree ("owner","status");--> statement-breakpoint
CREATE INDEX "import_jobs_status_idx" ON "import_jobs" USING btree ("status","created_at");