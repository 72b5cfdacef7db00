import { Alert, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApiData } from '../../api/use-api-data.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { Markdown } from '../../components/Markdown.js';
import { useTranslation } from '../../language/language-context.js';
import { useWorkspace } from '../workspace-context.js';
import { AreaEditor } from './AreaEditor.js';
import { AreaTextView } from './AreaTextView.js';
import { GoodExamples, type MunicipalityOption } from './GoodExamples.js';
import { areaFormOf, LOCKED_STATUSES } from './text-forms.js';
import { TextCache } from './text-cache.js';
import { AutosavedText } from './TextField.js';
import { textsApi, type EvaluationTextsView, type GoodExample } from './texts-api.js';
import './writing.css';

/** The part of the panel chosen in the address (`?del=3` for area 3, `?del=sammanfattning`); the first area by default. */
const PART_PARAM = 'del';
const SUMMARY = 'sammanfattning';

/** Good examples as read, with the changes made here since (by id; null for a removed one). */
function useExamples(loaded: EvaluationTextsView | null) {
  const [state, setState] = useState<{ from: EvaluationTextsView | null; changed: Map<number, GoodExample | null> }>({ from: null, changed: new Map() });
  if (loaded && state.from !== loaded) setState({ from: loaded, changed: new Map() });
  const examples = useMemo(() => {
    const changed = state.from === loaded ? state.changed : new Map<number, GoodExample | null>();
    const read = loaded?.goodExamples ?? [];
    const known = new Set(read.map((example) => example.id));
    const kept = read.flatMap((example) => {
      const change = changed.get(example.id);
      return change === null ? [] : [change ?? example];
    });
    const added = [...changed.values()].filter((example): example is GoodExample => example !== null && !known.has(example.id));
    return [...kept, ...added];
  }, [loaded, state]);
  const record = (id: number, example: GoodExample | null) => setState((current) => ({ from: current.from, changed: new Map(current.changed).set(id, example) }));
  return { examples, saved: (example: GoodExample) => record(example.id, example), removed: (id: number) => record(id, null) };
}

/** Every text read-only: when the evaluation is final or published, or the user is not in its team. */
function ReadOnlyTexts({ texts, examples }: { texts: EvaluationTextsView; examples: readonly GoodExample[] }) {
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
          <GoodExamples evaluationId={evaluationId} areaCode={area.areaCode} examples={examples} options={[]} editable={false} onSaved={noop} onRemoved={noop} />
        </section>
      ))}
      <section className="writing-part" aria-labelledby="sammanfattning">
        <Heading level={3} data-size="xs" id="sammanfattning">
          {t('writing.part.summary')}
        </Heading>
        {texts.summary.text.trim() ? <Markdown source={texts.summary.text} lang="sv" /> : <Paragraph className="muted">{t('writing.view.empty')}</Paragraph>}
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
  const { t } = useTranslation();
  const { evaluationId, evaluation, framework, isTeam, setSection } = useWorkspace();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const [cache] = useState(() => new TextCache());
  const part = params.get(PART_PARAM) ?? framework.areas[0]?.code ?? SUMMARY;
  const editable = isTeam && !LOCKED_STATUSES.has(evaluation.status);

  useEffect(() => setSection(part === SUMMARY ? 'writing' : `area:${part}`), [part, setSection]);

  // Read again when another part is opened, so it starts from what the others have saved meanwhile.
  const { state, retry } = useApiData((signal) => textsApi.list(evaluationId, signal), [evaluationId, part]);
  const municipalities = useApiData((signal) => (editable ? api.searchMunicipalities({ limit: 300 }, signal) : Promise.resolve(null)), [editable]);
  const texts = state.status === 'ok' ? state.data : null;
  // While another part is read, the chooser keeps its options (and the focus).
  const outline = texts ?? (state.status === 'loading' ? state.previous : undefined);
  const { examples, saved, removed } = useExamples(texts);
  const options = useMemo<MunicipalityOption[]>(() => {
    const list = municipalities.state.status === 'ok' ? (municipalities.state.data?.items ?? []) : [];
    return list.filter((municipality) => municipality.code !== evaluation.municipality.code).map(({ code, name }) => ({ code, name }));
  }, [municipalities.state, evaluation.municipality.code]);

  const area = texts?.areas.find((entry) => entry.areaCode === part) ?? null;
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
      {state.status === 'error' ? <ErrorAlert error={state.error} onRetry={retry} /> : null}
      {municipalities.state.status === 'error' ? <ErrorAlert error={municipalities.state.error} onRetry={municipalities.retry} /> : null}
      {!texts && state.status === 'loading' ? <LoadingStatus /> : null}

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
          <AreaEditor evaluationId={evaluationId} area={area} cache={cache} />
          <GoodExamples evaluationId={evaluationId} areaCode={area.areaCode} examples={examples} options={options} editable onSaved={saved} onRemoved={removed} />
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
            initial={cache.newest('summary', { value: texts.summary.text, version: texts.summary.version })}
            conflictField="text"
            rows={12}
            save={async (text, version) => {
              const answer = await textsApi.saveSummary(evaluationId, text, version);
              return cache.remember('summary', { value: answer.text, version: answer.version });
            }}
          />
          <GoodExamples evaluationId={evaluationId} areaCode={null} examples={examples} options={options} editable onSaved={saved} onRemoved={removed} />
        </section>
      ) : null}
    </section>
  );
}
