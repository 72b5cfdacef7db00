DROP INDEX "audit_log_entity_idx";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "change" jsonb;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "after_hash" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_bytes" integer;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "burst_of" bigint;--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("entity_type","entity_id","subject","id") WHERE "audit_log"."subject" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_burst_idx" ON "audit_log" USING btree ("burst_of") WHERE "audit_log"."burst_of" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","id");