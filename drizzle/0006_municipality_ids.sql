-- Municipalities and counties of more than one country: the key becomes "<country>-<code>"
-- ("se-2029", "no-0301"; counties "se-20", "no-03"). Every existing row is Swedish: its code gets
-- the prefix "se-". The foreign keys are dropped around the update and made again on the new keys.
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_municipality_code_municipalities_code_fk";--> statement-breakpoint
ALTER TABLE "good_examples" DROP CONSTRAINT "good_examples_municipality_code_municipalities_code_fk";--> statement-breakpoint
ALTER TABLE "municipality_groups" DROP CONSTRAINT "municipality_groups_municipality_code_municipalities_code_fk";--> statement-breakpoint
ALTER TABLE "municipality_populations" DROP CONSTRAINT "municipality_populations_municipality_code_municipalities_code_fk";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_municipality_code_municipalities_code_fk";--> statement-breakpoint
ALTER TABLE "municipalities" DROP CONSTRAINT "municipalities_county_code_counties_code_fk";--> statement-breakpoint
-- Counties.
ALTER TABLE "counties" ADD COLUMN "id" text;--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "country" char(2);--> statement-breakpoint
ALTER TABLE "counties" ALTER COLUMN "code" SET DATA TYPE varchar(2);--> statement-breakpoint
UPDATE "counties" SET "country" = 'se', "id" = 'se-' || "code";--> statement-breakpoint
ALTER TABLE "counties" ALTER COLUMN "id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "counties" ALTER COLUMN "country" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "counties" DROP CONSTRAINT "counties_pkey";--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_pkey" PRIMARY KEY ("id");--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_country_code_unique" UNIQUE("country","code");--> statement-breakpoint
-- Municipalities.
ALTER TABLE "municipalities" ADD COLUMN "id" text;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "country" char(2);--> statement-breakpoint
ALTER TABLE "municipalities" ALTER COLUMN "code" SET DATA TYPE varchar(4);--> statement-breakpoint
ALTER TABLE "municipalities" RENAME COLUMN "county_code" TO "county_id";--> statement-breakpoint
ALTER TABLE "municipalities" ALTER COLUMN "county_id" SET DATA TYPE text USING 'se-' || "county_id";--> statement-breakpoint
UPDATE "municipalities" SET "country" = 'se', "id" = 'se-' || "code";--> statement-breakpoint
ALTER TABLE "municipalities" ALTER COLUMN "id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" ALTER COLUMN "country" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" DROP CONSTRAINT "municipalities_pkey";--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_pkey" PRIMARY KEY ("id");--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_country_code_unique" UNIQUE("country","code");--> statement-breakpoint
-- Everything that names a municipality.
ALTER TABLE "evaluations" RENAME COLUMN "municipality_code" TO "municipality_id";--> statement-breakpoint
ALTER TABLE "evaluations" ALTER COLUMN "municipality_id" SET DATA TYPE text USING 'se-' || "municipality_id";--> statement-breakpoint
ALTER TABLE "good_examples" RENAME COLUMN "municipality_code" TO "municipality_id";--> statement-breakpoint
ALTER TABLE "good_examples" ALTER COLUMN "municipality_id" SET DATA TYPE text USING 'se-' || "municipality_id";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "municipality_code" TO "municipality_id";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "municipality_id" SET DATA TYPE text USING 'se-' || "municipality_id";--> statement-breakpoint
ALTER TABLE "municipality_groups" RENAME COLUMN "municipality_code" TO "municipality_id";--> statement-breakpoint
ALTER TABLE "municipality_groups" ALTER COLUMN "municipality_id" SET DATA TYPE text USING 'se-' || "municipality_id";--> statement-breakpoint
ALTER TABLE "municipality_groups" RENAME CONSTRAINT "municipality_groups_municipality_code_year_pk" TO "municipality_groups_municipality_id_year_pk";--> statement-breakpoint
ALTER TABLE "municipality_populations" RENAME COLUMN "municipality_code" TO "municipality_id";--> statement-breakpoint
ALTER TABLE "municipality_populations" ALTER COLUMN "municipality_id" SET DATA TYPE text USING 'se-' || "municipality_id";--> statement-breakpoint
ALTER TABLE "municipality_populations" RENAME CONSTRAINT "municipality_populations_municipality_code_year_pk" TO "municipality_populations_municipality_id_year_pk";--> statement-breakpoint
-- An archived report's key names the municipality: "2284:kommunkompassen-2016:2017" → "se-2284:…".
UPDATE "evaluations" SET "archive_key" = 'se-' || "archive_key" WHERE "archive_key" ~ '^[0-9]{4}:';--> statement-breakpoint
UPDATE "import_jobs" SET "evaluations" = (
  SELECT coalesce(jsonb_agg(CASE WHEN x.e->>'archiveKey' ~ '^[0-9]{4}:' THEN jsonb_set(x.e, '{archiveKey}', to_jsonb('se-' || (x.e->>'archiveKey'))) ELSE x.e END ORDER BY x.n), '[]'::jsonb)
  FROM jsonb_array_elements("import_jobs"."evaluations") WITH ORDINALITY AS x(e, n)
) WHERE jsonb_array_length("evaluations") > 0;--> statement-breakpoint
-- Reference averages belong to one country's municipalities; the existing ones are Swedish.
ALTER TABLE "reference_averages" ADD COLUMN "country" char(2) DEFAULT 'se' NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_groups" ADD CONSTRAINT "municipality_groups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_populations" ADD CONSTRAINT "municipality_populations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;
