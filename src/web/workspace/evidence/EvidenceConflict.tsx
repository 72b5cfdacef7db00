import { formatDateTime } from '../../import/import-texts.js';
import { useTranslation } from '../../language/language-context.js';
import { ConflictView } from '../../ui/ConflictView.js';
import { evidenceApi, type Evidence } from './evidence-api.js';
import { viewOfDraft, type EvidenceDraft } from './evidence-draft.js';
import { EvidenceDetails } from './EvidenceDetails.js';
import type { EvidenceUnit } from './evidence-texts.js';

/**
 * Someone saved the item since this user read it: their version and the saved one side by side,
 * and the choice between keeping theirs (saved over the other) or taking the saved one.
 */
export function EvidenceConflict({
  mine,
  current,
  units,
  evaluationId,
  saving,
  onKeepMine,
  onUseSaved,
}: {
  mine: EvidenceDraft;
  current: Evidence;
  units: ReadonlyMap<string, EvidenceUnit>;
  evaluationId: string;
  saving: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
}) {
  const { language, t } = useTranslation();
  const fileUrl = (fileId: string) => evidenceApi.fileUrl(evaluationId, fileId);
  return (
    <ConflictView
      heading={t('evidence.conflict.heading')}
      intro={t('evidence.conflict.intro', { at: formatDateTime(current.updatedAt, language) })}
      focusKey={current.version}
      busy={saving}
      mine={{ label: t('evidence.conflict.mine'), content: <EvidenceDetails view={viewOfDraft(mine)} units={units} fileUrl={fileUrl} withTitle /> }}
      saved={{ label: t('evidence.conflict.saved'), content: <EvidenceDetails view={current} units={units} fileUrl={fileUrl} withTitle /> }}
      keepMine={{ label: t('evidence.conflict.keepMine'), onChoose: onKeepMine }}
      takeSaved={{ label: t('evidence.conflict.useSaved'), onChoose: onUseSaved }}
      hint={t('evidence.conflict.hint')}
    />
  );
}
