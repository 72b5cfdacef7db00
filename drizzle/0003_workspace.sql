CREATE TABLE "evaluator_scores" (
	"evaluation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_code" varchar(16) NOT NULL,
	"score" numeric(7, 2),
	"rationale" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluator_scores_evaluation_id_user_id_unit_code_pk" PRIMARY KEY("evaluation_id","user_id","unit_code"),
	CONSTRAINT "evaluator_scores_non_negative" CHECK ("evaluator_scores"."score" is null or "evaluator_scores"."score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluator_submissions" (
	"evaluation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluator_submissions_evaluation_id_user_id_pk" PRIMARY KEY("evaluation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"occurred_on" varchar(10),
	"interviewee_group" varchar(32),
	"people" integer,
	"document_kind" varchar(32),
	"channel" varchar(16),
	"url" text,
	"file_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"unit_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_items_kind_check" CHECK ("evidence_items"."kind" in ('interview','document','observation')),
	CONSTRAINT "evidence_items_people_check" CHECK ("evidence_items"."people" is null or "evidence_items"."people" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fact_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"unit_code" varchar(16),
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fact_comments_status_check" CHECK ("fact_comments"."status" in ('open','answered','resolved'))
);
--> statement-breakpoint
CREATE TABLE "presence" (
	"evaluation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"section" varchar(32) NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "presence_evaluation_id_user_id_pk" PRIMARY KEY("evaluation_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "area_texts" ADD COLUMN "layout" varchar(16) DEFAULT 'summary' NOT NULL;--> statement-breakpoint
ALTER TABLE "area_texts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "summary_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "good_examples" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "rationale" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "subarea_texts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluator_scores" ADD CONSTRAINT "evaluator_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluator_scores" ADD CONSTRAINT "evaluator_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluator_submissions" ADD CONSTRAINT "evaluator_submissions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluator_submissions" ADD CONSTRAINT "evaluator_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_comments" ADD CONSTRAINT "fact_comments_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_comments" ADD CONSTRAINT "fact_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_comments" ADD CONSTRAINT "fact_comments_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presence" ADD CONSTRAINT "presence_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presence" ADD CONSTRAINT "presence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_files_evaluation_idx" ON "evidence_files" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "evidence_items_evaluation_idx" ON "evidence_items" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "fact_comments_evaluation_idx" ON "fact_comments" USING btree ("evaluation_id");