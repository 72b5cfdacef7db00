import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../domain/question-set-values.js';
import { ApiError } from '../api/api-error.js';
import { apiErrorText } from '../api/error-text.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { paths, questionAnchor } from '../paths.js';
import { LiveNotice, type Notice } from '../ui/LiveNotice.js';
import { missingKeysOf } from './answer-forms.js';
import { questionnaireApi, type AnsweringQuestionnaire } from './questionnaire-api.js';

export const SUBMIT_HEADING_ID = 'skicka-in';

/** Moves the focus to a question's first field (and so scrolls it into view). */
export function focusQuestion(questionKey: string): void {
  const question = document.getElementById(questionAnchor(questionKey));
  const field = question?.querySelector<HTMLElement>('input, textarea, select, button');
  (field ?? question)?.focus();
}

/**
 * "Skicka in svaren": saves what is pending, then submits; a refusal for required questions
 * without an answer lists them, each a link to its question.
 */
export function SubmitPanel({
  questionnaire,
  questions,
  settleAll,
  onSubmitted,
}: {
  questionnaire: AnsweringQuestionnaire;
  questions: ReadonlyMap<string, Question>;
  settleAll: () => Promise<boolean>;
  onSubmitted: (questionnaire: AnsweringQuestionnaire) => void;
}) {
  const { t } = useTranslation();
  const written = useContentLanguage();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const missingHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (missing.length > 0) missingHeading.current?.focus();
  }, [missing]);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    setMissing([]);
    try {
      if (!(await settleAll())) {
        setNotice({ color: 'warning', text: t('questionnaire.submit.unsaved') });
        return;
      }
      onSubmitted(await questionnaireApi.submit(questionnaire.id, questionnaire.version));
    } catch (error) {
      const keys = error instanceof ApiError && error.code === 'questionnaire_incomplete' ? missingKeysOf(error.details) : [];
      if (keys.length > 0) {
        setMissing(keys);
      } else {
        setNotice({ color: 'danger', text: t('questionnaire.submit.failed'), detail: apiErrorText(error, t) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={SUBMIT_HEADING_ID} className="panel questionnaire-submit">
      <Heading level={2} data-size="sm" id={SUBMIT_HEADING_ID}>
        {t('questionnaire.submit.heading')}
      </Heading>
      <Paragraph>{t('questionnaire.submit.intro')}</Paragraph>
      {missing.length > 0 ? (
        <div className="questionnaire-submit__missing" role="group" aria-labelledby={`${SUBMIT_HEADING_ID}-missing`}>
          <Heading level={3} data-size="xs" id={`${SUBMIT_HEADING_ID}-missing`} ref={missingHeading} tabIndex={-1} className="focus-target">
            {t('questionnaire.submit.missingHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('questionnaire.submit.missingIntro', { count: missing.length })}</Paragraph>
          <ul>
            {missing.map((key) => (
              <li key={key}>
                <a
                  href={paths.questionnaire(questionnaire.id, key)}
                  onClick={(event) => {
                    event.preventDefault();
                    focusQuestion(key);
                  }}
                >
                  {key} <span lang={written}>{questions.get(key)?.text ?? ''}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <LiveNotice notice={notice} />
      <div className="button-row">
        <Button type="button" aria-disabled={busy || undefined} onClick={() => void submit()}>
          {t('questionnaire.submit.button')}
        </Button>
      </div>
    </section>
  );
}
