import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { AnswerValue, Question, QuestionSection } from '../../domain/question-set-values.js';
import { formatDateTime } from '../../i18n/index.js';
import { useContentLanguage } from '../language/content-language.js';
import { useTranslation } from '../language/language-context.js';
import { Markdown } from '../ui/Markdown.js';
import { questionAnchor } from '../paths.js';
import { AnswerDisplay } from './AnswerDisplay.js';
import { AnswerFileLine } from './DocumentsInput.js';
import { QuestionField } from './QuestionField.js';
import { QuestionHelp, QuestionLabel } from './QuestionLabel.js';
import type { AnswerFile, AnsweringQuestionnaire, AnswerView } from './questionnaire-api.js';

/** A question read, not edited: its text, help, the answer, its documents and who changed it last. */
function ReadOnlyQuestion({ questionnaireId, question, answer, files }: { questionnaireId: string; question: Question; answer: AnswerView | null; files: readonly AnswerFile[] }) {
  const { language, t } = useTranslation();
  const help = <QuestionHelp question={question} />;
  return (
    <div className="question question--read" id={questionAnchor(question.key)}>
      <Heading level={3} data-size="2xs">
        <QuestionLabel question={question} />
      </Heading>
      {question.help.trim() ? <div className="question__help muted">{help}</div> : null}
      <AnswerDisplay question={question} value={answer?.value ?? null} />
      {question.type === 'documents' ? (
        files.length > 0 ? (
          <ul className="answer-files">
            {files.map((file) => (
              <AnswerFileLine key={file.id} questionnaireId={questionnaireId} file={file} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('questionnaire.files.none')}</p>
        )
      ) : null}
      {answer ? <p className="muted question__by">{t('questionnaire.answeredBy', { name: answer.updatedByName, date: formatDateTime(answer.updatedAt, language) })}</p> : null}
    </div>
  );
}

/** One section: its title, "3 av 5 besvarade", its intro and the questions shown under the answers so far. */
export function QuestionnaireSection({
  anchor,
  questionnaire,
  section,
  shown,
  counts,
  onValue,
  register,
  onFilesChanged,
}: {
  anchor: string;
  questionnaire: AnsweringQuestionnaire;
  section: QuestionSection;
  shown: ReadonlySet<string>;
  counts: ReactNode;
  onValue(questionKey: string, value: AnswerValue): void;
  register(questionKey: string, settle: (() => Promise<boolean>) | null): void;
  onFilesChanged(): void;
}) {
  const written = useContentLanguage();
  const headingId = `${anchor}-rubrik`;
  const answerOf = (key: string) => questionnaire.answers.find((answer) => answer.questionKey === key) ?? null;
  const filesOf = (key: string) => questionnaire.files.filter((file) => file.questionKey === key);
  return (
    <section aria-labelledby={headingId} id={anchor} className="questionnaire__section">
      <Heading level={2} data-size="sm" id={headingId}>
        <span lang={written}>{section.title}</span>
      </Heading>
      <p className="questionnaire__section-count">{counts}</p>
      {section.intro.trim() ? <Markdown source={section.intro} lang={written} /> : null}
      {section.questions
        .filter((question) => shown.has(question.key))
        .map((question) =>
          questionnaire.canAnswer ? (
            <QuestionField
              key={question.key}
              questionnaireId={questionnaire.id}
              question={question}
              answer={answerOf(question.key)}
              files={filesOf(question.key)}
              onValue={onValue}
              register={register}
              onFilesChanged={onFilesChanged}
            />
          ) : (
            <ReadOnlyQuestion key={question.key} questionnaireId={questionnaire.id} question={question} answer={answerOf(question.key)} files={filesOf(question.key)} />
          ),
        )}
    </section>
  );
}
