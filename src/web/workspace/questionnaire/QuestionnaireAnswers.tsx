import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formatDateTime, formatFileSize, formatNumber, formatPartialDate } from '../../../i18n/index.js';
import { apiErrorText } from '../../api/error-text.js';
import { queryKeys } from '../../api/query-keys.js';
import { useTranslation } from '../../language/language-context.js';
import { LiveNotice, type Notice } from '../../ui/LiveNotice.js';
import { Markdown } from '../../ui/Markdown.js';
import { answerDisplay, answerLinkable, isLinked } from './answer-view.js';
import { questionnaireTeamApi, type TeamAnswer } from './questionnaire-team-api.js';

interface AnswersProps {
  evaluationId: string;
  questionnaireId: string;
  /** The language the set is written in (its questions and answers). */
  setLanguage: string;
  items: readonly TeamAnswer[];
  /** The evaluation is final or published: nothing can be linked any more. */
  locked: boolean;
  headingLevel: 3 | 4 | 5;
}

/**
 * The questionnaire's answers beside the evidence: each question with its answer, who gave it and
 * its documents, and "Länka som underlag" for the answer and for each document (disabled with
 * "Länkat" once it is an evidence item).
 */
export function QuestionnaireAnswers({ evaluationId, questionnaireId, setLanguage, items, locked, headingLevel }: AnswersProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const link = async (item: TeamAnswer, fileId: string | null) => {
    const id = `${item.questionKey}/${fileId ?? ''}`;
    if (busy) return;
    setBusy(id);
    setNotice(null);
    try {
      const evidence = await questionnaireTeamApi.link(evaluationId, item.questionKey, fileId);
      setNotice({ color: 'success', text: t('questionnaireTeam.answers.linked', { title: evidence.title }) });
    } catch (error) {
      setNotice({ color: 'danger', text: t('questionnaireTeam.answers.linkFailed'), detail: apiErrorText(error, t) });
    } finally {
      setBusy(null);
      void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).evidence() });
      void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).overview() });
      void client.invalidateQueries({ queryKey: queryKeys.evaluation(evaluationId).teamQuestionnaire() });
    }
  };

  return (
    <div className="questionnaire-answers">
      <LiveNotice notice={notice} />
      <ul className="questionnaire-answers__list">
        {items.map((item) => (
          <li key={item.questionKey}>
            <AnswerCard
              item={item}
              questionnaireId={questionnaireId}
              setLanguage={setLanguage}
              headingLevel={headingLevel}
              locked={locked}
              busy={busy}
              onLink={(fileId) => void link(item, fileId)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function LinkButton({ linked, label, name, busy, locked, onLink }: { linked: boolean; label: string; name: string; busy: boolean; locked: boolean; onLink(): void }) {
  const { t } = useTranslation();
  if (linked) {
    return (
      <Button type="button" variant="tertiary" data-size="sm" disabled aria-label={t('questionnaireTeam.answers.linkedLabel', { name })}>
        {t('questionnaireTeam.answers.linkedMark')}
      </Button>
    );
  }
  if (locked) return null;
  return (
    <Button type="button" variant="secondary" data-size="sm" aria-disabled={busy || undefined} aria-label={`${label} – ${name}`} onClick={() => (busy ? undefined : onLink())}>
      {label}
    </Button>
  );
}

function AnswerCard({
  item,
  questionnaireId,
  setLanguage,
  headingLevel,
  locked,
  busy,
  onLink,
}: {
  item: TeamAnswer;
  questionnaireId: string;
  setLanguage: string;
  headingLevel: 3 | 4 | 5;
  locked: boolean;
  busy: string | null;
  onLink(fileId: string | null): void;
}) {
  const { t, language } = useTranslation();
  const display = answerDisplay(item, { yes: t('questionnaireTeam.answers.yes'), no: t('questionnaireTeam.answers.no') });
  const headingId = useId();
  const linkLabel = t('questionnaireTeam.answers.link');
  return (
    <article className="questionnaire-answer" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="2xs" id={headingId} lang={setLanguage}>
        {`${item.questionKey} ${item.text}`}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('questionnaireTeam.answers.section')}: <span lang={setLanguage}>{item.sectionTitle}</span>. {t('questionnaireTeam.answers.units', { units: item.unitCodes.join(', ') })}
        {item.visible ? null : ` ${t('questionnaireTeam.answers.hidden')}`}
      </Paragraph>
      <div className="questionnaire-answer__value" lang={setLanguage}>
        {display.kind === 'none' ? <Paragraph data-size="sm">{item.files.length > 0 ? t('questionnaireTeam.answers.onlyFiles') : t('questionnaireTeam.answers.none')}</Paragraph> : null}
        {display.kind === 'markdown' ? <Markdown source={display.text} /> : null}
        {display.kind === 'line' ? <Paragraph data-size="sm">{display.text}</Paragraph> : null}
        {display.kind === 'number' ? <Paragraph data-size="sm">{formatNumber(display.value, language, 6)}</Paragraph> : null}
        {display.kind === 'date' ? <Paragraph data-size="sm">{formatPartialDate(display.date, language)}</Paragraph> : null}
        {display.kind === 'links' ? (
          <ul>
            {display.links.map((entry) => (
              <li key={entry.url}>
                <a className="ds-link" href={entry.url} rel="noopener noreferrer" target="_blank">
                  {entry.title || entry.url}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {item.answer ? (
        <Paragraph data-size="xs" className="muted">
          {t('questionnaireTeam.answers.by', { name: item.answer.updatedByName, time: formatDateTime(item.answer.updatedAt, language) })}
        </Paragraph>
      ) : null}
      {answerLinkable(item) ? (
        <div className="button-row">
          <LinkButton
            linked={isLinked(item, null)}
            label={linkLabel}
            name={t('questionnaireTeam.answers.theAnswer', { key: item.questionKey })}
            busy={busy !== null}
            locked={locked}
            onLink={() => onLink(null)}
          />
        </div>
      ) : null}
      {item.files.length > 0 ? (
        <ul className="questionnaire-answer__files" aria-label={t('questionnaireTeam.answers.files', { key: item.questionKey })}>
          {item.files.map((file) => (
            <li key={file.id}>
              <a className="ds-link" href={questionnaireTeamApi.fileUrl(questionnaireId, file.id)} download>
                {file.fileName}
              </a>{' '}
              <span className="muted">({formatFileSize(file.sizeBytes, language)})</span>
              <LinkButton linked={isLinked(item, file.id)} label={linkLabel} name={file.fileName} busy={busy !== null} locked={locked} onLink={() => onLink(file.id)} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
