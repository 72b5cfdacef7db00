import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Markdown } from '../../ui/Markdown.js';
import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { ActionList } from './ActionList.js';
import type { BaselineArea, PreviousArea } from './follow-up-api.js';

type HeadingLevel = 3 | 4 | 5;

/** One previous area: its strengths, and its improvement opportunities each with the actions answering it. */
function PreviousAreaBody({ area, planShared, level }: { area: PreviousArea; planShared: boolean; level: HeadingLevel }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const id = useId();
  const strengthsId = `${id}-strengths`;
  const improvementsId = `${id}-improvements`;
  return (
    <>
      {area.analysis?.trim() ? (
        <>
          <Heading level={level} data-size="2xs">
            {t('followUp.area.analysis')}
          </Heading>
          <Markdown source={area.analysis} lang={contentLanguage} />
        </>
      ) : null}
      <Heading level={level} data-size="2xs" id={strengthsId}>
        {t('followUp.area.strengths')}
      </Heading>
      {area.strengths.length === 0 ? (
        <Paragraph data-size="sm">{t('followUp.area.noStrengths')}</Paragraph>
      ) : (
        <ul className="follow-up-list" lang={contentLanguage} aria-labelledby={strengthsId}>
          {area.strengths.map((strength, index) => (
            <li key={index}>{strength}</li>
          ))}
        </ul>
      )}
      <Heading level={level} data-size="2xs" id={improvementsId}>
        {t('followUp.area.improvements')}
      </Heading>
      {area.improvements.length === 0 ? (
        <Paragraph data-size="sm">{t('followUp.area.noImprovements')}</Paragraph>
      ) : (
        <ol className="follow-up-list" aria-labelledby={improvementsId}>
          {area.improvements.map((improvement) => (
            <li key={improvement.index}>
              <span lang={contentLanguage}>{improvement.text}</span>
              {planShared ? <ActionList actions={improvement.actions} /> : null}
            </li>
          ))}
        </ol>
      )}
      {!planShared && area.improvements.length > 0 ? <Paragraph data-size="sm">{t('followUp.plan.notShared')}</Paragraph> : null}
    </>
  );
}

/**
 * What the previous evaluation wrote about an area (each area it maps to when the model
 * changed), folded away under a summary so the evaluators' own fields stay in view.
 */
export function PreviousAreaTexts({ area, planShared, level = 4 }: { area: BaselineArea; planShared: boolean; level?: HeadingLevel }) {
  const { t } = useTranslation();
  if (area.previous.length === 0) return <Paragraph data-size="sm">{t('followUp.area.none')}</Paragraph>;
  return (
    <>
      {area.previous.map((previous) => (
        <details key={previous.areaCode} className="follow-up-details" data-previous-area={previous.areaCode}>
          <summary>{t('followUp.area.summary', { code: previous.areaCode, title: previous.title })}</summary>
          <div className="follow-up-details__body">
            <PreviousAreaBody area={previous} planShared={planShared} level={level} />
          </div>
        </details>
      ))}
    </>
  );
}

/** An area's previous texts in the scoring panel, when the evaluation is a follow-up (nothing otherwise). */
export function AreaBaseline({ area, planShared }: { area: BaselineArea | undefined; planShared: boolean }) {
  return area ? <PreviousAreaTexts area={area} planShared={planShared} level={3} /> : null;
}
