import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../language/language-context.js';
import type { AreaText } from '../writing/texts-api.js';
import type { TakeOverAccess } from '../writing/TextField.js';
import { followUpApi, type BaselineArea } from './follow-up-api.js';
import { PreviousAreaTexts } from './PreviousAreaTexts.js';
import { TakeOverButton } from './TakeOverButton.js';

interface AreaTextBaselineProps {
  evaluationId: string;
  areaCode: string;
  baseline: BaselineArea;
  planShared: boolean;
  /** The area's texts as edited, for taking the previous ones over. */
  field: TakeOverAccess;
  onTaken(saved: AreaText): void;
}

/**
 * Before an area's texts in a follow-up: what the previous evaluation wrote about the area (its
 * analysis, strengths, improvement opportunities and the actions answering them) and "start from
 * the previous texts", which writes them as this evaluation's, marked as taken over.
 */
export function AreaTextBaseline({ evaluationId, areaCode, baseline, planShared, field, onTaken }: AreaTextBaselineProps) {
  const { t } = useTranslation();
  return (
    <div className="follow-up-writing">
      <PreviousAreaTexts area={baseline} planShared={planShared} level={4} />
      {baseline.takeOverText ? (
        <>
          <Paragraph data-size="sm">{t('followUp.writing.takeOverAreaHint')}</Paragraph>
          <TakeOverButton
            label={t('followUp.writing.takeOverArea')}
            replaceQuestion={field.written ? t('followUp.writing.replaceArea') : null}
            takeOver={async () => {
              if (!(await field.settle())) return false;
              const saved = await followUpApi.takeOverAreaText(evaluationId, areaCode, field.version());
              onTaken(saved);
              return true;
            }}
            done={t('followUp.writing.areaDone', { code: areaCode })}
            failed={t('followUp.writing.failed')}
            unsaved={t('followUp.writing.failed')}
          />
        </>
      ) : null}
    </div>
  );
}
