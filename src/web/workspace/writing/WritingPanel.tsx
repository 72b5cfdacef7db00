import { MUNICIPALITY_SEARCH_LIMIT_MAX } from '../../../contract/municipalities.js';
import { useQuery } from '@tanstack/react-query';
import { Alert, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { queryKeys } from '../../api/query-keys.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { Markdown } from '../../ui/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { useWorkspace } from '../workspace-context.js';
import { AreaEditor } from './AreaEditor.js';
import { AreaTextView } from './AreaTextView.js';
import { GoodExamples, type MunicipalityOption, type SubareaOption } from './GoodExamples.js';
import { areaFormOf, LOCKED_STATUSES } from './text-forms.js';
import { textsQuery, useTextsCache } from './texts-query.js';
import { AutosavedText } from './TextField.js';
import { textsApi, type EvaluationTextsView, type GoodExample } from './texts-api.js';
import './writing.css';
import '../follow-up/follow-up.css';
import { BaselineIntro } from '../follow-up/BaselineIntro.js';
import { indexBaseline } from '../follow-up/baseline-view.js';
import { useBaseline } from '../follow-up/use-baseline.js';
import { useContentLanguage } from '../../language/content-language.js';

/** The part of the panel chosen in the address (`?del=3` for area 3, `?del=sammanfattning`); the first area by default. */
const PART_PARAM = 'del';
const SUMMARY = 'sammanfattning';

/** Every text read-only: when the evaluation is final or published, or the user is not in its team. */
const subareaOptions = (area: EvaluationTextsView['areas'][number]): SubareaOption[] => area.subareas.map((subarea) => ({ unitCode: subarea.unitCode, title: subarea.title }));

function ReadOnlyTexts({ texts, examples }: { texts: EvaluationTextsView; examples: readonly GoodExample[] }) {
  const contentLanguage = useContentLanguage();
  const { t } = useTranslation();
  const { evaluationId } = useWorkspace();
  const noop = () => undefined;
  return (
    <>
      {texts.areas.map((area) => (
        <section key={area.areaCode} className="writing-part" aria-labelledby={`omrade-${area.areaCode}`}>
          <Heading level={3} data-size="xs" id={`omrade-${area.areaCode}`}>
            {t('writing.part.area', { code: area.areaCode, title: area.title })}
          </Heading>
          <AreaTextView text={areaFormOf(area)} subareas={area.subareas} headingLevel={4} />
          <GoodExamples evaluationId={evaluationId} areaCode={area.areaCode} examples={examples} options={[]} subareas={subareaOptions(area)} editable={false} onSaved={noop} onRemoved={noop} />
        </section>
      ))}
      <section className="writing-part" aria-labelledby="sammanfattning">
        <Heading level={3} data-size="xs" id="sammanfattning">
          {t('writing.part.summary')}
        </Heading>
        {texts.summary.text.trim() ? <Markdown source={texts.summary.text} lang={contentLanguage} /> : <Paragraph className="muted">{t('writing.view.empty')}</Paragraph>}
        <GoodExamples evaluationId={evaluationId} areaCode={null} examples={examples} options={[]} editable={false} onSaved={noop} onRemoved={noop} />
      </section>
    </>
  );
}

/**
 * The evaluation's texts (`arbetsyta/texter`): per area the analysis (one for the area or one per
 * sub-area), strengths and improvement opportunities as ordered lists and good examples from other
 * municipalities; and the summary comments. One part at a time, chosen in a list; every field is
 * autosaved with versions, and a stale save shows both versions to merge. Read-only when the
 * evaluation is final or published, or for anyone outside its team.
 */
export function WritingPanel() {
  const { t, language } = useTranslation();
  const { evaluationId, evaluation, framework, isTeam, setSection } = useWorkspace();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const cache = useTextsCache(evaluationId);
  const part = params.get(PART_PARAM) ?? framework.areas[0]?.code ?? SUMMARY;
  const editable = isTeam && !LOCKED_STATUSES.has(evaluation.status);

  useEffect(() => setSection(part === SUMMARY ? 'writing' : `area:${part}`), [part, setSection]);

  // Read when the panel opens and again when another part is opened, so it starts from what the
  // others have saved meanwhile; the parts are shown only from a read made now.
  const query = useQuery({ ...textsQuery(evaluationId, language), refetchOnMount: 'always', refetchOnReconnect: false });
  const { refetch } = query;
  const shownPart = useRef(part);
  useEffect(() => {
    if (shownPart.current === part) return;
    shownPart.current = part;
    void refetch();
  }, [part, refetch]);
  const municipalities = useQuery({
    queryKey: queryKeys.municipalities.search({ limit: MUNICIPALITY_SEARCH_LIMIT_MAX }),
    queryFn: ({ signal }) => api.searchMunicipalities({ limit: MUNICIPALITY_SEARCH_LIMIT_MAX }, signal),
    enabled: editable,
  });
  const texts = !query.isError && query.isFetchedAfterMount && !query.isFetching ? query.data : null;
  // While another part is read, the chooser keeps its options (and the focus).
  const outline = query.isError ? undefined : query.data;
  const examples: readonly GoodExample[] = texts?.goodExamples ?? [];
  const saved = cache.example;
  const removed = cache.removeExample;
  const options = useMemo<MunicipalityOption[]>(() => {
    const list = municipalities.data?.items ?? [];
    return list.filter((municipality) => municipality.id !== evaluation.municipality.id).map(({ id, country, code, name }) => ({ id, country, code, name }));
  }, [municipalities.data, evaluation.municipality.id]);

  const area = texts?.areas.find((entry) => entry.areaCode === part) ?? null;
  const { query: baselineQuery } = useBaseline();
  const baseline = baselineQuery.data;
  const index = useMemo(() => (baseline ? indexBaseline(baseline) : null), [baseline]);
  const writingBaseline = useMemo(
    () => (baseline && index && area ? { area: index.areas.get(area.areaCode), units: index.units, planShared: baseline.planShared } : undefined),
    [baseline, index, area],
  );
  const choosing = texts && part !== SUMMARY && !area;

  return (
    <section aria-labelledby={headingId} className="writing">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('writing.heading')}
      </Heading>
      <Paragraph>{t('writing.intro')}</Paragraph>
      {!editable ? (
        <Alert data-color="info">
          <Paragraph>{isTeam ? t('writing.locked', { status: t(`status.${evaluation.status}`) }) : t('writing.readOnly')}</Paragraph>
        </Alert>
      ) : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {municipalities.isError ? <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()} /> : null}
      {editable && baselineQuery.isError ? <ErrorAlert error={baselineQuery.error} onRetry={() => void baselineQuery.refetch()} /> : null}
      {editable && baseline ? <BaselineIntro baseline={baseline} text={t('followUp.writing.intro')} /> : null}
      {!texts && !query.isError ? <LoadingStatus /> : null}

      {texts && !editable ? <ReadOnlyTexts texts={texts} examples={examples} /> : null}

      {editable && outline ? (
        <Field className="writing-chooser">
          <Label>{t('writing.part.choose')}</Label>
          <Select
            value={part}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              next.set(PART_PARAM, event.target.value);
              setParams(next, { replace: true });
            }}
          >
            {outline?.areas.map((entry) => (
              <Select.Option key={entry.areaCode} value={entry.areaCode}>
                {t('writing.part.area', { code: entry.areaCode, title: entry.title })}
              </Select.Option>
            ))}
            <Select.Option value={SUMMARY}>{t('writing.part.summary')}</Select.Option>
          </Select>
        </Field>
      ) : null}
      {choosing ? (
        <Alert data-color="warning">
          <Paragraph>{t('writing.part.unknown', { part })}</Paragraph>
        </Alert>
      ) : null}

      {editable && texts && area ? (
        <section key={area.areaCode} className="writing-part" aria-labelledby={`omrade-${area.areaCode}`}>
          <Heading level={3} data-size="xs" id={`omrade-${area.areaCode}`}>
            {t('writing.part.area', { code: area.areaCode, title: area.title })}
          </Heading>
          <AreaEditor evaluationId={evaluationId} area={area} cache={cache} baseline={writingBaseline} />
          <GoodExamples
            evaluationId={evaluationId}
            areaCode={area.areaCode}
            examples={examples}
            options={options}
            subareas={subareaOptions(area)}
            editable
            onSaved={saved}
            onRemoved={removed}
          />
        </section>
      ) : null}

      {editable && texts && part === SUMMARY ? (
        <section key={SUMMARY} className="writing-part" aria-labelledby="sammanfattning">
          <Heading level={3} data-size="xs" id="sammanfattning">
            {t('writing.part.summary')}
          </Heading>
          <AutosavedText
            label={t('writing.summary.label')}
            description={t('writing.summary.hint')}
            conflictTitle={t('writing.part.summary')}
            initial={{ value: texts.summary.text, version: texts.summary.version }}
            conflictField="text"
            rows={12}
            save={async (text, version) => {
              const answer = await textsApi.saveSummary(evaluationId, text, version);
              cache.summary(answer);
              return { value: answer.text, version: answer.version };
            }}
          />
          <GoodExamples evaluationId={evaluationId} areaCode={null} examples={examples} options={options} editable onSaved={saved} onRemoved={removed} />
        </section>
      ) : null}
    </section>
  );
}
