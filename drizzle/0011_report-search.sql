CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "search_lexemes" (
	"lexeme" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_passages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"kind" varchar(20) NOT NULL,
	"area_code" varchar(8),
	"unit_code" varchar(16),
	"position" integer DEFAULT 0 NOT NULL,
	"body" text NOT NULL,
	"config" "regconfig" NOT NULL,
	"tsv" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_passages" ADD CONSTRAINT "search_passages_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_lexemes_trgm_idx" ON "search_lexemes" USING gin ("lexeme" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_passages_evaluation_idx" ON "search_passages" USING btree ("evaluation_id","kind");--> statement-breakpoint
CREATE INDEX "search_passages_tsv_idx" ON "search_passages" USING gin ("tsv");--> statement-breakpoint
-- A passage's words for the search, made from its text in its language whoever inserts it.
CREATE OR REPLACE FUNCTION search_passages_fill() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.tsv := to_tsvector(NEW.config, NEW.body);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_fill BEFORE INSERT OR UPDATE ON search_passages
  FOR EACH ROW EXECUTE FUNCTION search_passages_fill();
--> statement-breakpoint
-- The search's vocabulary: every stem a passage holds, whoever writes it (compound parts are
-- looked up in it). A restore brings the vocabulary from the backup itself.
CREATE OR REPLACE FUNCTION search_lexemes_add() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kompass.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO search_lexemes (lexeme)
    SELECT DISTINCT l FROM new_passages, unnest(tsvector_to_array(new_passages.tsv)) l
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_lexemes_add_inserted AFTER INSERT ON search_passages
  REFERENCING NEW TABLE AS new_passages FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
--> statement-breakpoint
CREATE TRIGGER search_lexemes_add_updated AFTER UPDATE ON search_passages
  REFERENCING NEW TABLE AS new_passages FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
--> statement-breakpoint
-- The report search's passages are kept by the database: every write to an evaluation's texts,
-- its summary, status or municipality rewrites the affected passages, and only published
-- evaluations have any (docs/decisions/0014-report-search.md).
CREATE OR REPLACE FUNCTION search_passages_refresh(p_evaluation uuid, p_part text, p_key text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_config regconfig;
BEGIN
  -- A restore writes the passages from the backup itself (src/db/backup.ts).
  IF current_setting('kompass.restoring', true) = 'on' THEN
    RETURN;
  END IF;
  IF p_part IN ('all', 'area') THEN
    DELETE FROM search_passages
      WHERE evaluation_id = p_evaluation AND kind IN ('strength', 'improvement', 'area-analysis') AND (p_part = 'all' OR area_code = p_key);
  END IF;
  IF p_part IN ('all', 'subarea') THEN
    DELETE FROM search_passages WHERE evaluation_id = p_evaluation AND kind = 'subarea-analysis' AND (p_part = 'all' OR unit_code = p_key);
  END IF;
  IF p_part IN ('all', 'good-examples') THEN
    DELETE FROM search_passages WHERE evaluation_id = p_evaluation AND kind = 'good-example';
  END IF;
  IF p_part IN ('all', 'summary') THEN
    DELETE FROM search_passages WHERE evaluation_id = p_evaluation AND kind = 'summary';
  END IF;

  SELECT CASE m.country WHEN 'no' THEN 'norwegian' ELSE 'swedish' END::regconfig INTO v_config
    FROM evaluations e JOIN municipalities m ON m.id = e.municipality_id
    WHERE e.id = p_evaluation AND e.status = 'published';
  IF v_config IS NULL THEN
    RETURN;
  END IF;

  IF p_part IN ('all', 'area') THEN
    INSERT INTO search_passages (evaluation_id, kind, area_code, unit_code, position, body, config)
    SELECT p_evaluation, 'area-analysis', t.area_code, NULL, 1, t.introduction, v_config
      FROM area_texts t WHERE t.evaluation_id = p_evaluation AND (p_part = 'all' OR t.area_code = p_key) AND t.introduction ~ '\S'
    UNION ALL
    SELECT p_evaluation, 'area-analysis', t.area_code, NULL, 0, t.analysis, v_config
      FROM area_texts t WHERE t.evaluation_id = p_evaluation AND (p_part = 'all' OR t.area_code = p_key) AND t.analysis ~ '\S'
    UNION ALL
    SELECT p_evaluation, l.kind, l.area_code, NULL, (row_number() OVER (PARTITION BY l.kind, l.area_code ORDER BY l.ord))::int, l.value, v_config
      FROM (
        SELECT 'strength' AS kind, t.area_code, s.value, s.ord
          FROM area_texts t,
            jsonb_array_elements_text(CASE WHEN jsonb_typeof(t.strengths) = 'array' THEN t.strengths ELSE '[]'::jsonb END) WITH ORDINALITY s(value, ord)
          WHERE t.evaluation_id = p_evaluation AND (p_part = 'all' OR t.area_code = p_key)
        UNION ALL
        SELECT 'improvement', t.area_code, s.value, s.ord
          FROM area_texts t,
            jsonb_array_elements_text(CASE WHEN jsonb_typeof(t.improvements) = 'array' THEN t.improvements ELSE '[]'::jsonb END) WITH ORDINALITY s(value, ord)
          WHERE t.evaluation_id = p_evaluation AND (p_part = 'all' OR t.area_code = p_key)
      ) l
      WHERE l.value ~ '\S';
  END IF;

  IF p_part IN ('all', 'subarea') THEN
    INSERT INTO search_passages (evaluation_id, kind, area_code, unit_code, position, body, config)
    SELECT p_evaluation, 'subarea-analysis', split_part(s.unit_code, '.', 1), s.unit_code, 0, s.analysis, v_config
      FROM subarea_texts s WHERE s.evaluation_id = p_evaluation AND (p_part = 'all' OR s.unit_code = p_key) AND s.analysis ~ '\S';
  END IF;

  IF p_part IN ('all', 'good-examples') THEN
    -- A text filed under several municipalities is one passage, in order of first appearance (as shown).
    INSERT INTO search_passages (evaluation_id, kind, area_code, unit_code, position, body, config)
    SELECT p_evaluation, 'good-example', g.area_code, g.unit_code, (row_number() OVER (PARTITION BY g.area_code ORDER BY g.first_id))::int, g.body, v_config
      FROM (
        SELECT x.area_code, min(x.id) AS first_id, (array_agg(btrim(x.text, E' \t\r\n') ORDER BY x.id))[1] AS body,
          (array_agg(x.unit_code ORDER BY x.id))[1] AS unit_code
          FROM good_examples x
          WHERE x.evaluation_id = p_evaluation AND x.area_code IS NOT NULL AND x.text ~ '\S'
          GROUP BY x.area_code, regexp_replace(btrim(x.text, E' \t\r\n'), '\s+', ' ', 'g')
      ) g;
  END IF;

  IF p_part IN ('all', 'summary') THEN
    INSERT INTO search_passages (evaluation_id, kind, area_code, unit_code, position, body, config)
    SELECT e.id, 'summary', NULL, NULL, 0, e.summary_comments, v_config
      FROM evaluations e WHERE e.id = p_evaluation AND e.summary_comments ~ '\S';
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_passages_area_texts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.evaluation_id = NEW.evaluation_id AND OLD.area_code = NEW.area_code
     AND OLD.introduction IS NOT DISTINCT FROM NEW.introduction AND OLD.analysis IS NOT DISTINCT FROM NEW.analysis
     AND OLD.strengths IS NOT DISTINCT FROM NEW.strengths AND OLD.improvements IS NOT DISTINCT FROM NEW.improvements THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM search_passages_refresh(OLD.evaluation_id, 'area', OLD.area_code);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM search_passages_refresh(NEW.evaluation_id, 'area', NEW.area_code);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_area_texts AFTER INSERT OR UPDATE OR DELETE ON area_texts
  FOR EACH ROW EXECUTE FUNCTION search_passages_area_texts();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_passages_subarea_texts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.evaluation_id = NEW.evaluation_id AND OLD.unit_code = NEW.unit_code AND OLD.analysis = NEW.analysis THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM search_passages_refresh(OLD.evaluation_id, 'subarea', OLD.unit_code);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM search_passages_refresh(NEW.evaluation_id, 'subarea', NEW.unit_code);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_subarea_texts AFTER INSERT OR UPDATE OR DELETE ON subarea_texts
  FOR EACH ROW EXECUTE FUNCTION search_passages_subarea_texts();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_passages_good_examples() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.evaluation_id = NEW.evaluation_id AND OLD.area_code IS NOT DISTINCT FROM NEW.area_code
     AND OLD.unit_code IS NOT DISTINCT FROM NEW.unit_code AND OLD.text = NEW.text THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM search_passages_refresh(OLD.evaluation_id, 'good-examples', NULL);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND OLD.evaluation_id <> NEW.evaluation_id) THEN
    PERFORM search_passages_refresh(NEW.evaluation_id, 'good-examples', NULL);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_good_examples AFTER INSERT OR UPDATE OR DELETE ON good_examples
  FOR EACH ROW EXECUTE FUNCTION search_passages_good_examples();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_passages_evaluations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_passages_refresh(NEW.id, 'all', NULL);
  ELSIF OLD.status IS DISTINCT FROM NEW.status OR OLD.municipality_id IS DISTINCT FROM NEW.municipality_id THEN
    PERFORM search_passages_refresh(NEW.id, 'all', NULL);
  ELSIF OLD.summary_comments IS DISTINCT FROM NEW.summary_comments THEN
    PERFORM search_passages_refresh(NEW.id, 'summary', NULL);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_evaluations AFTER INSERT OR UPDATE ON evaluations
  FOR EACH ROW EXECUTE FUNCTION search_passages_evaluations();
--> statement-breakpoint
SELECT search_passages_refresh(id, 'all', NULL) FROM evaluations WHERE status = 'published';
