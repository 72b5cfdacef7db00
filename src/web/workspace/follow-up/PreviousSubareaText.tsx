import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { Markdown } from '../../ui/Markdown.js';
import type { TextTakeOver } from '../writing/TextField.js';
import type { SubareaText } from '../writing/texts-api.js';
import { followUpApi, type BaselineUnit } from './follow-up-api.js';
import { TakeOverButton } from './TakeOverButton.js';

interface PreviousSubareaTextProps {
  evaluationId: string;
  unit: BaselineUnit;
  /** The text's field, for taking the previous text over. */
  field: TextTakeOver;
  /** Told what the server wrote. */
  onTaken(saved: SubareaText): void;
}

/**
 * Before a sub-area's analysis in a follow-up: what the previous evaluation wrote about it (each
 * previous sub-area's when the model changed), and "start from the previous analysis".
 */
export function PreviousSubareaText({ evaluationId, unit, field, onTaken }: PreviousSubareaTextProps) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const analyses = unit.previous.filter((previous) => previous.analysis?.trim());
  if (analyses.length === 0) return null;
  return (
    <div className="follow-up-writing">
      {analyses.map((previous) => (
        <details key={previous.unitCode} className="follow-up-details">
          <summary>{t('followUp.writing.previousAnalysis', { code: previous.unitCode, title: previous.title })}</summary>
          <div className="follow-up-details__body">
            <Markdown source={previous.analysis ?? ''} lang={contentLanguage} />
          </div>
        </details>
      ))}
      {unit.takeOver.subareaText ? (
        <TakeOverButton
          label={t('followUp.writing.takeOverSubarea', { code: unit.unitCode })}
          replaceQuestion={field.written ? t('followUp.writing.replaceSubarea', { code: unit.unitCode }) : null}
          takeOver={async () => {
            if (!(await field.settle())) return false;
            const saved = await followUpApi.takeOverSubareaText(evaluationId, unit.unitCode, field.version());
            onTaken(saved);
            field.taken({ value: saved.analysis, version: saved.version });
            return true;
          }}
          done={t('followUp.writing.subareaDone', { code: unit.unitCode })}
          failed={t('followUp.writing.failed')}
          unsaved={t('followUp.unit.unsaved', { code: unit.unitCode })}
        />
      ) : null}
    </div>
  );
}
