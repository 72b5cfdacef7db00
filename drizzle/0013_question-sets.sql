CREATE TABLE "question_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"version_no" integer DEFAULT 1 NOT NULL,
	"framework_id" text NOT NULL,
	"language" varchar(2) DEFAULT 'sv' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"content" jsonb NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_sets_language_check" CHECK ("question_sets"."language" in ('sv','nb','en'))
);
--> statement-breakpoint
CREATE TABLE "questionnaire_answers" (
	"questionnaire_id" uuid NOT NULL,
	"question_key" varchar(32) NOT NULL,
	"value" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_answers_questionnaire_id_question_key_pk" PRIMARY KEY("questionnaire_id","question_key")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"question_key" varchar(32) NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_respondents" (
	"questionnaire_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_respondents_questionnaire_id_user_id_pk" PRIMARY KEY("questionnaire_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"question_set_id" uuid NOT NULL,
	"opens_on" varchar(10) NOT NULL,
	"due_on" varchar(10) NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaires_evaluation_id_unique" UNIQUE("evaluation_id"),
	CONSTRAINT "questionnaires_status_check" CHECK ("questionnaires"."status" in ('open','submitted')),
	CONSTRAINT "questionnaires_dates_check" CHECK ("questionnaires"."due_on" >= "questionnaires"."opens_on")
);
--> statement-breakpoint
ALTER TABLE "evidence_items" ADD COLUMN "answer_ref" text;--> statement-breakpoint
ALTER TABLE "question_sets" ADD CONSTRAINT "question_sets_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answers" ADD CONSTRAINT "questionnaire_answers_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_files" ADD CONSTRAINT "questionnaire_files_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_respondents" ADD CONSTRAINT "questionnaire_respondents_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_respondents" ADD CONSTRAINT "questionnaire_respondents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_question_set_id_question_sets_id_fk" FOREIGN KEY ("question_set_id") REFERENCES "public"."question_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "question_sets_family_version_idx" ON "question_sets" USING btree ("family_id","version_no");--> statement-breakpoint
CREATE INDEX "questionnaire_files_question_idx" ON "questionnaire_files" USING btree ("questionnaire_id","question_key");--> statement-breakpoint
CREATE INDEX "questionnaire_respondents_user_idx" ON "questionnaire_respondents" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "questionnaires_set_idx" ON "questionnaires" USING btree ("question_set_id");