ALTER TABLE "frameworks" ADD COLUMN "scoring_units" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- The scoring units are written by the reference sync from the catalogue (listScoringUnits).
-- Forgetting the sync's fingerprint makes the next start write them for the frameworks stored.
DELETE FROM "app_settings" WHERE "key" = 'reference-data-fingerprint';
--> statement-breakpoint
-- The units of the evaluation's framework that have no agreed score, in framework order.
CREATE FUNCTION evaluation_missing_units(target uuid) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(unit.code ORDER BY unit.position), '{}'::text[])
  FROM evaluations e
  JOIN frameworks f ON f.id = e.framework_id
  CROSS JOIN LATERAL unnest(f.scoring_units) WITH ORDINALITY AS unit(code, position)
  WHERE e.id = target
    AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.evaluation_id = e.id AND s.unit_code = unit.code)
$$;
--> statement-breakpoint
-- The completeness invariant (docs/decisions/0005): an evaluation run in Kompass (origin
-- 'workspace') at fact_check, final or published has an agreed score for every scoring unit.
-- Checked at commit, on the evaluation as it then is, whichever statement queued the check.
CREATE FUNCTION evaluations_check_complete_scores() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
  current_row record;
  missing text[];
BEGIN
  IF TG_TABLE_NAME = 'evaluations' THEN
    target := NEW.id;
  ELSE
    target := OLD.evaluation_id;
  END IF;
  -- Locking the evaluation serialises a status change with a concurrent removal of a score, so
  -- neither passes its check on a state the other is about to change.
  SELECT e.status, e.origin, e.framework_id INTO current_row FROM evaluations e WHERE e.id = target FOR NO KEY UPDATE;
  IF NOT FOUND OR current_row.origin <> 'workspace' OR current_row.status NOT IN ('fact_check', 'final', 'published') THEN
    RETURN NULL;
  END IF;
  missing := evaluation_missing_units(target);
  IF cardinality(missing) > 0 THEN
    RAISE EXCEPTION 'Evaluation % is %, but % of its scoring units have no agreed score: %',
      target, current_row.status, cardinality(missing), array_to_string(missing, ', ')
      USING ERRCODE = 'check_violation',
        CONSTRAINT = 'evaluations_complete_scores',
        DETAIL = json_build_object(
          'evaluationId', target,
          'frameworkId', current_row.framework_id,
          'status', current_row.status,
          'unitCount', (SELECT cardinality(f.scoring_units) FROM frameworks f WHERE f.id = current_row.framework_id),
          'missingUnits', missing
        )::text;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evaluations_complete_scores_insert
  AFTER INSERT ON evaluations
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (NEW.origin = 'workspace' AND NEW.status IN ('fact_check', 'final', 'published'))
  EXECUTE FUNCTION evaluations_check_complete_scores();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evaluations_complete_scores_update
  AFTER UPDATE OF status, origin, framework_id ON evaluations
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (
    NEW.origin = 'workspace' AND NEW.status IN ('fact_check', 'final', 'published')
    AND (OLD.status IS DISTINCT FROM NEW.status OR OLD.origin IS DISTINCT FROM NEW.origin OR OLD.framework_id IS DISTINCT FROM NEW.framework_id)
  )
  EXECUTE FUNCTION evaluations_check_complete_scores();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER scores_complete_scores
  AFTER DELETE OR UPDATE OF evaluation_id, unit_code ON scores
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  EXECUTE FUNCTION evaluations_check_complete_scores();
