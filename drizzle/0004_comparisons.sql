CREATE TABLE "reference_averages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"framework_id" text NOT NULL,
	"label" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"area_code" varchar(8),
	"mean" numeric(7, 2) NOT NULL,
	"n" integer,
	"source" text NOT NULL,
	"published_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reference_averages_mean_check" CHECK ("reference_averages"."mean" >= 0),
	CONSTRAINT "reference_averages_n_check" CHECK ("reference_averages"."n" is null or "reference_averages"."n" >= 1)
);
--> statement-breakpoint
ALTER TABLE "reference_averages" ADD CONSTRAINT "reference_averages_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_averages_framework_idx" ON "reference_averages" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "evaluations_published_chronology_idx" ON "evaluations" USING btree ("municipality_code",(coalesce("fieldwork_start", "report_date")) desc nulls first,"created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "evaluations"."status" = 'published';