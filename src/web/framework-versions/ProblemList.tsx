import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { FrameworkProblem } from '../../domain/framework-draft.js';
import { useTranslation } from '../language/language-context.js';
import { problemLine, problemPath } from './problem-text.js';
import { fieldId, type VersionDraft } from './version-draft.js';

/**
 * What keeps the draft from being published, as the server found it in the saved draft: each
 * problem worded in the UI language, a link that moves focus to its field.
 */
export function ProblemList({ id, problems, saved, titleOf, onGo, dirty }: {
  id: string;
  problems: readonly FrameworkProblem[];
  /** The draft as saved (the problems' paths are its places). */
  saved: VersionDraft;
  titleOf(id: string): string;
  onGo(path: string): void;
  /** There are changes not saved yet (the list is of the saved draft). */
  dirty: boolean;
}) {
  const { t } = useTranslation();
  if (problems.length === 0) {
    return (
      <Alert data-color="success" data-size="sm" id={id} tabIndex={-1}>
        <Paragraph data-size="sm">{t('frameworkAuthoring.problems.none')}</Paragraph>
      </Alert>
    );
  }
  return (
    <div id={id} tabIndex={-1} className="fv-problems" role="group" aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className="fv-problems__heading">
        {t('frameworkAuthoring.problems.heading', { count: problems.length })}
      </p>
      {dirty ? <p className="fv-problems__note">{t('frameworkAuthoring.problems.asSaved')}</p> : null}
      <ul className="fv-problems__list">
        {problems.map((problem, index) => (
          <li key={index}>
            <a
              className="ds-link"
              href={`#${fieldId(problemPath(problem))}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(problemPath(problem));
              }}
            >
              {problemLine(problem, saved, t, titleOf)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
