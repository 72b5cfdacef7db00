CREATE TABLE "agreed_criteria" (
	"evaluation_id" uuid NOT NULL,
	"unit_code" varchar(16) NOT NULL,
	"criterion_code" varchar(24) NOT NULL,
	"value" varchar(24),
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreed_criteria_evaluation_id_criterion_code_pk" PRIMARY KEY("evaluation_id","criterion_code")
);
--> statement-breakpoint
CREATE TABLE "criterion_assessments" (
	"evaluation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_code" varchar(16) NOT NULL,
	"criterion_code" varchar(24) NOT NULL,
	"value" varchar(24),
	"note" text DEFAULT '' NOT NULL,
	"evidence_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criterion_assessments_evaluation_id_user_id_criterion_code_pk" PRIMARY KEY("evaluation_id","user_id","criterion_code")
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"maps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"based_on" text,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	CONSTRAINT "framework_versions_status_check" CHECK ("framework_versions"."status" in ('draft','published'))
);
--> statement-breakpoint
ALTER TABLE "evaluator_scores" ADD COLUMN "deviation_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "deviation_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreed_criteria" ADD CONSTRAINT "agreed_criteria_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_assessments" ADD CONSTRAINT "criterion_assessments_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_assessments" ADD CONSTRAINT "criterion_assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreed_criteria_unit_idx" ON "agreed_criteria" USING btree ("evaluation_id","unit_code");--> statement-breakpoint
CREATE INDEX "criterion_assessments_unit_idx" ON "criterion_assessments" USING btree ("evaluation_id","unit_code");