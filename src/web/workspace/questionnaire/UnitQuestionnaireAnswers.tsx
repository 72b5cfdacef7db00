import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from '../../language/language-context.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadingStatus } from '../../ui/LoadingStatus.js';
import { answersOfUnit } from './answer-view.js';
import { QuestionnaireAnswers } from './QuestionnaireAnswers.js';
import { questionnaireTeamQueries } from './questionnaire-team-api.js';
import './questionnaire-team.css';

/**
 * In the evidence register: the questionnaire's answers to the questions of the chosen sub-area,
 * each of them (and each document) ready to be linked as evidence. Nothing when no questionnaire
 * has been sent.
 */
export function UnitQuestionnaireAnswers({ evaluationId, unitCode, unitLabel, locked }: { evaluationId: string; unitCode: string; unitLabel: string; locked: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const questionnaire = useQuery(questionnaireTeamQueries.questionnaire(evaluationId));
  const sent = questionnaire.data ?? null;
  const answers = useQuery({ ...questionnaireTeamQueries.answers(evaluationId, unitCode), enabled: sent !== null, placeholderData: keepPreviousData });
  if (questionnaire.isError) return <ErrorAlert error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />;
  if (!sent) return null;
  return (
    <section aria-labelledby={headingId} className="questionnaire-unit-answers">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('questionnaireTeam.answers.heading', { unit: unitLabel })}
      </Heading>
      {answers.isError ? <ErrorAlert error={answers.error} onRetry={() => void answers.refetch()} /> : null}
      {answers.isPending ? <LoadingStatus /> : null}
      {answers.data && !answers.isError ? (
        answers.data.items.length === 0 ? (
          <Paragraph data-size="sm">{t('questionnaireTeam.answers.emptyUnit', { unit: unitLabel })}</Paragraph>
        ) : (
          <QuestionnaireAnswers
            evaluationId={evaluationId}
            questionnaireId={sent.id}
            setLanguage={sent.questionSet.language}
            items={answers.data.items}
            locked={locked}
            headingLevel={4}
          />
        )
      ) : null}
    </section>
  );
}

/**
 * Beside a unit's own score: the questionnaire's answers to its questions, folded away (every
 * unit reads the one list of all answers). Nothing when none of the questions concerns the unit.
 */
export function ScoringUnitAnswers({ evaluationId, unitCode, locked }: { evaluationId: string; unitCode: string; locked: boolean }) {
  const { t } = useTranslation();
  const questionnaire = useQuery(questionnaireTeamQueries.questionnaire(evaluationId));
  const sent = questionnaire.data ?? null;
  const answers = useQuery({ ...questionnaireTeamQueries.answers(evaluationId), enabled: sent !== null });
  const items = useMemo(() => answersOfUnit(answers.data?.items ?? [], unitCode), [answers.data, unitCode]);
  if (!sent || items.length === 0) return null;
  const answered = items.filter((item) => item.answer !== null || item.files.length > 0).length;
  return (
    <details className="questionnaire-scoring-answers">
      <summary>{t('questionnaireTeam.answers.summary', { code: unitCode, answered, count: items.length })}</summary>
      <QuestionnaireAnswers evaluationId={evaluationId} questionnaireId={sent.id} setLanguage={sent.questionSet.language} items={items} locked={locked} headingLevel={3} />
    </details>
  );
}
