import { useTranslation } from '../language/language-context.js';
import { ConflictView } from '../ui/ConflictView.js';
import { FactList } from '../ui/FactList.js';
import { draftCounts, type SetDraft } from './set-draft.js';
import { languageKey } from './set-texts.js';

/** One version of a set in brief: title, language, size and its sections' titles. */
function SetSummary({ draft }: { draft: SetDraft }) {
  const { t } = useTranslation();
  const counts = draftCounts(draft.content);
  return (
    <>
      <FactList
        facts={[
          { label: t('questionSets.field.title'), value: draft.title },
          { label: t('questionSets.field.language'), value: t(languageKey(draft.language)) },
          { label: t('questionSets.column.size'), value: t('questionSets.size', counts) },
        ]}
      />
      <ol className="question-set-conflict__sections">
        {draft.content.sections.map((section, index) => (
          <li key={index}>{`${section.title} (${t('questionSets.questionCount', { count: section.questions.length })})`}</li>
        ))}
      </ol>
    </>
  );
}

/**
 * Someone saved the set after this user read it: their draft and the saved version side by side,
 * and the choice between saving the draft over it or continuing from the saved version.
 */
export function SetConflict({ mine, saved, savedVersion, busy, onKeepMine, onUseSaved }: {
  mine: SetDraft;
  saved: SetDraft;
  savedVersion: number;
  busy: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConflictView
      heading={t('questionSets.conflict.heading')}
      headingLevel={2}
      intro={t('questionSets.conflict.intro')}
      focusKey={savedVersion}
      busy={busy}
      mine={{ label: t('questionSets.conflict.mine'), content: <SetSummary draft={mine} /> }}
      saved={{ label: t('questionSets.conflict.saved'), content: <SetSummary draft={saved} /> }}
      keepMine={{ label: t('questionSets.conflict.keepMine'), onChoose: onKeepMine }}
      takeSaved={{ label: t('questionSets.conflict.useSaved'), onChoose: onUseSaved }}
    />
  );
}
