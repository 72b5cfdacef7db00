import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { AnswerValue, Question } from '../../domain/question-set-values.js';
import { allQuestions, questionnaireProgress, visibleQuestionKeys } from '../../domain/questionnaire-rules.js';
import { formatDateTime, formatPartialDate } from '../../i18n/index.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { ContentLanguageContext } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { useSession } from '../session/session-context.js';
import { Breadcrumbs } from '../ui/Breadcrumbs.js';
import { FactList } from '../ui/FactList.js';
import { Markdown } from '../ui/Markdown.js';
import { PageHeading } from '../ui/PageHeading.js';
import { PageState } from '../ui/PageState.js';
import { usePageTitle } from '../ui/use-page-title.js';
import { DueNote } from './DueNote.js';
import { QuestionnaireSection } from './QuestionnaireSection.js';
import { questionnaireApi, type AnsweringQuestionnaire } from './questionnaire-api.js';
import { SubmitPanel } from './SubmitPanel.js';
import './questionnaire.css';

export const STATUS_ID = 'fragor-status';

/** Where the questionnaire stands for the reader: submitted (by whom, when), not open yet, read-only for the team, or open to answer. */
function StatusAlert({ questionnaire }: { questionnaire: AnsweringQuestionnaire }) {
  const { language, t } = useTranslation();
  let text: string;
  let color: 'info' | 'success' = 'info';
  if (questionnaire.status === 'submitted') {
    color = 'success';
    text = t('questionnaire.status.submitted', {
      date: questionnaire.submittedAt ? formatDateTime(questionnaire.submittedAt, language) : '',
      name: questionnaire.submittedByName ?? '',
    });
  } else if (questionnaire.today < questionnaire.opensOn) text = t('questionnaire.status.notOpen', { date: formatPartialDate(questionnaire.opensOn, language) });
  else if (!questionnaire.canAnswer) text = t('questionnaire.status.readOnly');
  else text = t('questionnaire.status.answering');
  return (
    <div id={STATUS_ID} tabIndex={-1} className="focus-target" role="status">
      <Alert data-color={color} data-size="sm">
        <Paragraph data-size="sm">{text}</Paragraph>
      </Alert>
    </div>
  );
}

/** The answering page of one questionnaire, its answers' values kept here so conditional questions show and hide as one answers. */
function QuestionnaireView({ questionnaire }: { questionnaire: AnsweringQuestionnaire }) {
  const { language, t } = useTranslation();
  const client = useQueryClient();
  const { user } = useSession();
  usePageTitle(questionnaire.questionSet.title);
  const [values, setValues] = useState<ReadonlyMap<string, unknown>>(() => new Map(questionnaire.answers.map((answer) => [answer.questionKey, answer.value])));
  const settles = useRef(new Map<string, () => Promise<boolean>>());
  const { content } = questionnaire;
  const questions = useMemo(() => new Map<string, Question>(allQuestions(content).map((question) => [question.key, question])), [content]);
  const fileCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const file of questionnaire.files) counts.set(file.questionKey, (counts.get(file.questionKey) ?? 0) + 1);
    return counts;
  }, [questionnaire.files]);
  const shown = useMemo(() => new Set(visibleQuestionKeys(content, values)), [content, values]);
  const progress = useMemo(() => questionnaireProgress(content, { values, fileCounts }), [content, values, fileCounts]);
  const key = queryKeys.questionnaires.answering(questionnaire.id);
  const [submitted, setSubmitted] = useState(false);
  useEffect(() => {
    if (submitted && questionnaire.status === 'submitted') document.getElementById(STATUS_ID)?.focus();
  }, [submitted, questionnaire.status]);

  // Answers given on this page win; the others follow what the server holds (other respondents' answers read again).
  const edited = useRef(new Set<string>());
  const onValue = useCallback((questionKey: string, value: AnswerValue) => {
    edited.current.add(questionKey);
    setValues((current) => new Map(current).set(questionKey, value));
  }, []);
  useEffect(() => {
    setValues((current) => {
      const next = new Map(current);
      for (const answer of questionnaire.answers) if (!edited.current.has(answer.questionKey)) next.set(answer.questionKey, answer.value);
      return next;
    });
  }, [questionnaire.answers]);
  const register = useCallback((questionKey: string, settle: (() => Promise<boolean>) | null) => {
    if (settle) settles.current.set(questionKey, settle);
    else settles.current.delete(questionKey);
  }, []);
  const settleAll = async () => (await Promise.all([...settles.current.values()].map((settle) => settle()))).every(Boolean);
  const refresh = () => void client.invalidateQueries({ queryKey: key });

  const facts = [
    { label: t('questionnaire.facts.opens'), value: formatPartialDate(questionnaire.opensOn, language) },
    { label: t('questionnaire.facts.due'), value: <DueNote facts={questionnaire} /> },
    { label: t('questionnaire.facts.progress'), value: t('questionnaire.progress.all', { answered: progress.answered, visible: progress.visible }) },
    { label: t('questionnaire.facts.respondents'), value: questionnaire.respondents.map((respondent) => respondent.name).join(', ') },
  ];
  const crumbs =
    user?.role === 'municipality'
      ? [{ label: t('nav.start'), to: paths.start() }, { label: t('myMunicipality.title'), to: paths.myMunicipality() }, { label: questionnaire.questionSet.title }]
      : [{ label: t('nav.start'), to: paths.start() }, { label: t('workspace.heading'), to: paths.workspace(questionnaire.evaluationId) }, { label: questionnaire.questionSet.title }];

  return (
    <ContentLanguageContext.Provider value={questionnaire.questionSet.language}>
      <div className="page questionnaire">
        <Breadcrumbs items={crumbs} />
        <div className="intro">
          <PageHeading>
            <span lang={questionnaire.questionSet.language}>{questionnaire.questionSet.title}</span>
          </PageHeading>
          <Paragraph>{t('questionnaire.for', { name: questionnaire.municipality.name, framework: questionnaire.frameworkTitle })}</Paragraph>
          {questionnaire.description.trim() ? <Markdown source={questionnaire.description} lang={questionnaire.questionSet.language} /> : null}
        </div>
        <section aria-label={t('questionnaire.facts')} className="questionnaire__facts">
          <FactList facts={facts} />
          <StatusAlert questionnaire={questionnaire} />
        </section>
        <nav aria-label={t('questionnaire.nav')} className="questionnaire__nav">
          <ol>
            {content.sections.map((section, index) => {
              const counts = progress.sections[index];
              return (
                <li key={section.key}>
                  <a href={`#${sectionAnchor(section.key)}`} lang={questionnaire.questionSet.language}>
                    {section.title}
                  </a>{' '}
                  <SectionCount answered={counts?.answered ?? 0} visible={counts?.visible ?? 0} />
                </li>
              );
            })}
          </ol>
        </nav>
        <p className="visually-hidden" aria-live="polite">
          {t('questionnaire.shown', { count: shown.size })}
        </p>
        {content.sections.map((section, index) => (
          <QuestionnaireSection
            key={section.key}
            anchor={sectionAnchor(section.key)}
            questionnaire={questionnaire}
            section={section}
            shown={shown}
            counts={<SectionCount answered={progress.sections[index]?.answered ?? 0} visible={progress.sections[index]?.visible ?? 0} />}
            onValue={onValue}
            register={register}
            onFilesChanged={refresh}
          />
        ))}
        {questionnaire.canSubmit ? (
          <SubmitPanel
            questionnaire={questionnaire}
            questions={questions}
            settleAll={settleAll}
            onSubmitted={(submitted) => {
              client.setQueryData(key, submitted);
              void client.invalidateQueries({ queryKey: queryKeys.questionnaires.mine() });
              void client.invalidateQueries({ queryKey: queryKeys.myMunicipality.all });
              setSubmitted(true);
            }}
          />
        ) : null}
      </div>
    </ContentLanguageContext.Provider>
  );
}

const sectionAnchor = (key: string) => `avsnitt-${key}`;

/** "3 av 5 besvarade", with a check mark and the word "klart" when all are. */
export function SectionCount({ answered, visible }: { answered: number; visible: number }) {
  const { t } = useTranslation();
  const done = visible > 0 && answered >= visible;
  return (
    <span className={done ? 'section-count section-count--done' : 'section-count'}>
      {t('questionnaire.progress.section', { answered, visible })}
      {done ? (
        <>
          {' '}
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 8.5 L6.5 12 L13 4.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>{' '}
          {t('questionnaire.progress.done')}
        </>
      ) : null}
    </span>
  );
}

/** `/fragor/:questionnaireId`: the questionnaire as its respondents answer it (and the team reads it). */
export function QuestionnairePage() {
  const { questionnaireId = '' } = useParams();
  const query = useApiQuery({
    queryKey: queryKeys.questionnaires.answering(questionnaireId),
    queryFn: ({ signal }) => questionnaireApi.get(questionnaireId, signal),
  });
  return (
    <PageState state={query.state} retry={query.retry}>
      {(data) => <QuestionnaireView key={data.id} questionnaire={data} />}
    </PageState>
  );
}
