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
	"tsv" "tsvector" NOT NULL,
	"framework_id" text,
	"year" integer,
	"dated" varchar(10),
	"created_at" timestamp with time zone,
	"municipality_id" text,
	"county_id" text,
	"country" text,
	"group_code" varchar(8)
);
--> statement-breakpoint
ALTER TABLE "search_passages" ADD CONSTRAINT "search_passages_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_lexemes_trgm_idx" ON "search_lexemes" USING gin ("lexeme" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_passages_evaluation_idx" ON "search_passages" USING btree ("evaluation_id","kind");--> statement-breakpoint
CREATE INDEX "search_passages_tsv_idx" ON "search_passages" USING gin ("tsv");--> statement-breakpoint
-- The SKR group of a municipality for a year: that of the nearest year with one (the earlier on a tie).
CREATE OR REPLACE FUNCTION search_group_of(p_municipality text, p_year integer) RETURNS varchar
LANGUAGE sql STABLE AS $$
  SELECT n.group_code FROM (
    (SELECT g.group_code, g.year FROM municipality_groups g
      WHERE g.municipality_id = p_municipality AND g.year <= coalesce(p_year, 9999) ORDER BY g.year DESC LIMIT 1)
    UNION ALL
    (SELECT g.group_code, g.year FROM municipality_groups g
      WHERE g.municipality_id = p_municipality AND g.year > coalesce(p_year, 9999) ORDER BY g.year LIMIT 1)
  ) n ORDER BY abs(n.year - coalesce(p_year, 9999)), n.year LIMIT 1
$$;
--> statement-breakpoint
-- A passage's words for the search, made from its text in its language, and (when inserted) its
-- evaluation's facts, whoever writes it. A restore brings both from the backup itself.
CREATE OR REPLACE FUNCTION search_passages_fill() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.tsv := to_tsvector(NEW.config, NEW.body);
  IF TG_OP = 'INSERT' AND current_setting('kompass.restoring', true) IS DISTINCT FROM 'on' THEN
    SELECT e.framework_id, d.year, d.dated, e.created_at, e.municipality_id, m.county_id, m.country::text,
        search_group_of(e.municipality_id, d.year)
      INTO NEW.framework_id, NEW.year, NEW.dated, NEW.created_at, NEW.municipality_id, NEW.county_id, NEW.country, NEW.group_code
      FROM evaluations e JOIN municipalities m ON m.id = e.municipality_id,
        LATERAL (SELECT coalesce(e.fieldwork_start, e.report_date) AS dated,
          substr(coalesce(e.fieldwork_start, e.report_date), 1, 4)::int AS year) d
      WHERE e.id = NEW.evaluation_id;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_fill BEFORE INSERT OR UPDATE OF body, config ON search_passages
  FOR EACH ROW EXECUTE FUNCTION search_passages_fill();
--> statement-breakpoint
-- Rewrites the copied facts of these evaluations' passages where they differ from the evaluations'.
CREATE OR REPLACE FUNCTION search_passages_facts(p_evaluations uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kompass.restoring', true) = 'on' OR cardinality(p_evaluations) = 0 THEN
    RETURN;
  END IF;
  UPDATE search_passages p
    SET framework_id = f.framework_id, year = f.year, dated = f.dated, created_at = f.created_at,
      municipality_id = f.municipality_id, county_id = f.county_id, country = f.country, group_code = f.group_code
    FROM (
      SELECT e.id, e.framework_id, d.year, d.dated, e.created_at, e.municipality_id, m.county_id, m.country::text AS country,
          search_group_of(e.municipality_id, d.year) AS group_code
        FROM evaluations e JOIN municipalities m ON m.id = e.municipality_id,
          LATERAL (SELECT coalesce(e.fieldwork_start, e.report_date) AS dated,
            substr(coalesce(e.fieldwork_start, e.report_date), 1, 4)::int AS year) d
        WHERE e.id = ANY (p_evaluations)
    ) f
    WHERE p.evaluation_id = f.id
      AND (p.framework_id, p.year, p.dated, p.created_at, p.municipality_id, p.county_id, p.country, p.group_code)
        IS DISTINCT FROM (f.framework_id, f.year, f.dated, f.created_at, f.municipality_id, f.county_id, f.country, f.group_code);
END;
$$;
--> statement-breakpoint
-- The search's vocabulary: every stem a passage holds, whoever writes it (compound parts are
-- looked up in it). A restore brings the vocabulary from the backup itself.
CREATE OR REPLACE FUNCTION search_lexemes_add() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kompass.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_LEVEL = 'ROW' THEN
    INSERT INTO search_lexemes (lexeme) SELECT DISTINCT l FROM unnest(tsvector_to_array(NEW.tsv)) l ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_lexemes (lexeme)
      SELECT DISTINCT l FROM new_passages, unnest(tsvector_to_array(new_passages.tsv)) l
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_lexemes_add_inserted AFTER INSERT ON search_passages
  REFERENCING NEW TABLE AS new_passages FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
--> statement-breakpoint
CREATE TRIGGER search_lexemes_add_updated AFTER UPDATE OF body, config ON search_passages
  FOR EACH ROW EXECUTE FUNCTION search_lexemes_add();
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
  ELSE
    IF OLD.summary_comments IS DISTINCT FROM NEW.summary_comments THEN
      PERFORM search_passages_refresh(NEW.id, 'summary', NULL);
    END IF;
    IF OLD.framework_id IS DISTINCT FROM NEW.framework_id OR OLD.fieldwork_start IS DISTINCT FROM NEW.fieldwork_start
       OR OLD.report_date IS DISTINCT FROM NEW.report_date OR OLD.created_at IS DISTINCT FROM NEW.created_at THEN
      PERFORM search_passages_facts(ARRAY[NEW.id]);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_evaluations AFTER INSERT OR UPDATE ON evaluations
  FOR EACH ROW EXECUTE FUNCTION search_passages_evaluations();
--> statement-breakpoint
-- A municipality's country (the texts' language) or county, and its SKR groups, are facts of its evaluations' passages.
CREATE OR REPLACE FUNCTION search_passages_municipalities() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.country IS DISTINCT FROM NEW.country THEN
    PERFORM search_passages_refresh(e.id, 'all', NULL) FROM evaluations e WHERE e.municipality_id = NEW.id;
  ELSIF OLD.county_id IS DISTINCT FROM NEW.county_id THEN
    PERFORM search_passages_facts(array(SELECT e.id FROM evaluations e WHERE e.municipality_id = NEW.id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_municipalities AFTER UPDATE ON municipalities
  FOR EACH ROW EXECUTE FUNCTION search_passages_municipalities();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_passages_municipality_groups() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM search_passages_facts(array(SELECT e.id FROM evaluations e WHERE e.municipality_id IN (SELECT municipality_id FROM old_groups)));
  ELSE
    PERFORM search_passages_facts(array(SELECT e.id FROM evaluations e WHERE e.municipality_id IN (SELECT municipality_id FROM new_groups)));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_passages_municipality_groups_inserted AFTER INSERT ON municipality_groups
  REFERENCING NEW TABLE AS new_groups FOR EACH STATEMENT EXECUTE FUNCTION search_passages_municipality_groups();
--> statement-breakpoint
CREATE TRIGGER search_passages_municipality_groups_updated AFTER UPDATE ON municipality_groups
  REFERENCING NEW TABLE AS new_groups FOR EACH STATEMENT EXECUTE FUNCTION search_passages_municipality_groups();
--> statement-breakpoint
CREATE TRIGGER search_passages_municipality_groups_deleted AFTER DELETE ON municipality_groups
  REFERENCING OLD TABLE AS old_groups FOR EACH STATEMENT EXECUTE FUNCTION search_passages_municipality_groups();
--> statement-breakpoint
SELECT search_passages_refresh(id, 'all', NULL) FROM evaluations WHERE status = 'published';
