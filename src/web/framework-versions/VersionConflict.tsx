import { useTranslation } from '../language/language-context.js';
import { ConflictView } from '../ui/ConflictView.js';
import { FactList } from '../ui/FactList.js';
import { areaTotal, draftCounts, type VersionDraft } from './version-draft.js';

/** One version of a draft in brief: its title, size, total and its areas. */
function DraftSummary({ draft }: { draft: VersionDraft }) {
  const { t } = useTranslation();
  return (
    <>
      <FactList
        facts={[
          { label: t('frameworkAuthoring.field.title'), value: draft.definition.title.sv },
          { label: t('frameworkAuthoring.column.criteria'), value: t('frameworkAuthoring.conflict.size', draftCounts(draft.definition)) },
          { label: t('frameworkAuthoring.sums.heading'), value: t('frameworkAuthoring.sums.total', { sum: areaTotal(draft.definition), total: 800 }) },
        ]}
      />
      <ol className="fv-conflict-areas">
        {draft.definition.areas.map((area, index) => (
          <li key={index}>{`${area.code}. ${area.title.sv} (${area.max})`}</li>
        ))}
      </ol>
    </>
  );
}

/**
 * Someone saved the draft after this user read it: both side by side, and the choice between
 * saving this user's draft over it or continuing from the saved one.
 */
export function VersionConflict({ mine, saved, savedVersion, busy, onKeepMine, onUseSaved }: {
  mine: VersionDraft;
  saved: VersionDraft;
  savedVersion: number;
  busy: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConflictView
      heading={t('frameworkAuthoring.conflict.heading')}
      headingLevel={2}
      intro={t('frameworkAuthoring.conflict.intro')}
      focusKey={savedVersion}
      busy={busy}
      mine={{ label: t('frameworkAuthoring.conflict.mine'), content: <DraftSummary draft={mine} /> }}
      saved={{ label: t('frameworkAuthoring.conflict.saved'), content: <DraftSummary draft={saved} /> }}
      keepMine={{ label: t('frameworkAuthoring.conflict.keepMine'), onChoose: onKeepMine }}
      takeSaved={{ label: t('frameworkAuthoring.conflict.useSaved'), onChoose: onUseSaved }}
    />
  );
}
