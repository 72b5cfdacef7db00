CREATE TABLE "action_plans" (
	"evaluation_id" uuid PRIMARY KEY NOT NULL,
	"visibility" varchar(16) DEFAULT 'municipality' NOT NULL,
	"include_in_report" boolean DEFAULT false NOT NULL,
	"next_follow_up" varchar(10),
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plans_visibility_check" CHECK ("action_plans"."visibility" in ('municipality','evaluators','public'))
);
--> statement-breakpoint
CREATE TABLE "improvement_reviews" (
	"evaluation_id" uuid NOT NULL,
	"area_code" varchar(8) NOT NULL,
	"improvement_index" integer NOT NULL,
	"judgement" varchar(16) NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_reviews_evaluation_id_area_code_improvement_index_pk" PRIMARY KEY("evaluation_id","area_code","improvement_index"),
	CONSTRAINT "improvement_reviews_judgement_check" CHECK ("improvement_reviews"."judgement" in ('addressed','partly','not_addressed'))
);
--> statement-breakpoint
CREATE TABLE "plan_action_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"kind" varchar(8) NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"url" text,
	"file_name" text,
	"media_type" text,
	"size_bytes" integer,
	"sha256" char(64),
	"content" "bytea",
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_action_evidence_kind_check" CHECK (("plan_action_evidence"."kind" = 'link' and "plan_action_evidence"."url" is not null and "plan_action_evidence"."content" is null) or ("plan_action_evidence"."kind" = 'file' and "plan_action_evidence"."content" is not null and "plan_action_evidence"."file_name" is not null and "plan_action_evidence"."url" is null))
);
--> statement-breakpoint
CREATE TABLE "plan_action_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"noted_on" varchar(10) NOT NULL,
	"text" text NOT NULL,
	"progress" integer,
	"author" text NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_action_notes_progress_check" CHECK ("plan_action_notes"."progress" is null or "plan_action_notes"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"area_code" varchar(8),
	"unit_code" varchar(16),
	"improvement_index" integer,
	"improvement_text" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"start_date" varchar(10),
	"due_date" varchar(10),
	"status" varchar(16) DEFAULT 'planned' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"priority" varchar(8) DEFAULT 'medium' NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_actions_status_check" CHECK ("plan_actions"."status" in ('planned','in_progress','done','dropped')),
	CONSTRAINT "plan_actions_priority_check" CHECK ("plan_actions"."priority" in ('high','medium','low')),
	CONSTRAINT "plan_actions_progress_check" CHECK ("plan_actions"."progress" between 0 and 100),
	CONSTRAINT "plan_actions_dropped_reason" CHECK ("plan_actions"."status" <> 'dropped' or length(btrim("plan_actions"."status_reason")) > 0),
	CONSTRAINT "plan_actions_improvement_needs_area" CHECK ("plan_actions"."improvement_index" is null or "plan_actions"."area_code" is not null),
	CONSTRAINT "plan_actions_unit_needs_area" CHECK ("plan_actions"."unit_code" is null or "plan_actions"."area_code" is not null)
);
--> statement-breakpoint
ALTER TABLE "area_texts" ADD COLUMN "taken_over" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "baseline_evaluation_id" uuid;--> statement-breakpoint
ALTER TABLE "evaluator_scores" ADD COLUMN "taken_over" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "subarea_texts" ADD COLUMN "taken_over" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_reviews" ADD CONSTRAINT "improvement_reviews_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_evidence" ADD CONSTRAINT "plan_action_evidence_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_notes" ADD CONSTRAINT "plan_action_notes_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_evaluation_id_action_plans_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."action_plans"("evaluation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_action_evidence_action_idx" ON "plan_action_evidence" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "plan_action_notes_action_idx" ON "plan_action_notes" USING btree ("action_id","noted_on");--> statement-breakpoint
CREATE INDEX "plan_actions_evaluation_idx" ON "plan_actions" USING btree ("evaluation_id","position");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_baseline_evaluation_id_evaluations_id_fk" FOREIGN KEY ("baseline_evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_baseline_idx" ON "evaluations" USING btree ("baseline_evaluation_id") WHERE "evaluations"."baseline_evaluation_id" is not null;