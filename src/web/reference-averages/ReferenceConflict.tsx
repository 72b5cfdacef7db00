import { formatPartialDate } from '../../i18n/index.js';
import type { FrameworkSummary } from '../api/types.js';
import { FactList, type Fact } from '../ui/FactList.js';
import type { ReferenceAverage } from '../comparisons/comparisons-api.js';
import { useTranslation } from '../language/language-context.js';
import { ConflictView } from '../ui/ConflictView.js';
import { draftOf, type ReferenceDraft } from './reference-draft.js';

/** One version of a reference average as a list of its fields. */
function ReferenceDetails({ draft, frameworks }: { draft: ReferenceDraft; frameworks: readonly FrameworkSummary[] }) {
  const { t, language } = useTranslation();
  const facts: Fact[] = [
    { label: t('referenceAverages.field.framework'), value: frameworks.find((entry) => entry.id === draft.frameworkId)?.title ?? draft.frameworkId },
    { label: t('referenceAverages.field.label'), value: draft.label },
    { label: t('referenceAverages.field.scope'), value: draft.scope || '–' },
    { label: t('referenceAverages.column.area'), value: draft.areaCode || t('referenceAverages.total') },
    { label: t('referenceAverages.column.mean'), value: draft.mean },
    { label: t('referenceAverages.column.n'), value: draft.n || t('referenceAverages.nUnknown') },
    { label: t('referenceAverages.field.source'), value: draft.source },
    {
      label: t('referenceAverages.field.publishedOn'),
      value: /^\d{4}-\d{2}-\d{2}$/.test(draft.publishedOn) ? formatPartialDate(draft.publishedOn, language) : draft.publishedOn,
    },
  ];
  return <FactList facts={facts} />;
}

/**
 * Someone saved the reference average after this user opened it: their version and the saved
 * one side by side, and the choice between saving theirs over it or continuing from the saved one.
 */
export function ReferenceConflict({
  mine,
  saved,
  frameworks,
  saving,
  onKeepMine,
  onUseSaved,
}: {
  mine: ReferenceDraft;
  saved: ReferenceAverage;
  frameworks: readonly FrameworkSummary[];
  saving: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
}) {
  const { t, language } = useTranslation();
  return (
    <ConflictView
      heading={t('referenceAverages.conflict.heading')}
      intro={t('referenceAverages.conflict.intro')}
      focusKey={saved.version}
      busy={saving}
      mine={{ label: t('referenceAverages.conflict.mine'), content: <ReferenceDetails draft={mine} frameworks={frameworks} /> }}
      saved={{ label: t('referenceAverages.conflict.saved'), content: <ReferenceDetails draft={draftOf(saved, language)} frameworks={frameworks} /> }}
      keepMine={{ label: t('referenceAverages.conflict.keepMine'), onChoose: onKeepMine }}
      takeSaved={{ label: t('referenceAverages.conflict.useSaved'), onChoose: onUseSaved }}
    />
  );
}
