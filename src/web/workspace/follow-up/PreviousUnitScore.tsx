import { Paragraph } from '@digdir/designsystemet-react';
import { formatDecimalString } from '../../../i18n/index.js';
import { useTranslation } from '../../language/language-context.js';
import type { BaselineUnit } from './follow-up-api.js';
import { Markdown } from '../../ui/Markdown.js';
import { useContentLanguage } from '../../language/content-language.js';

/**
 * A unit's score at the previous evaluation: the same unit's, or — when the model changed — the
 * previous units it maps to, each with its code and title; or that it has no counterpart.
 */
export function PreviousUnitScore({ unit }: { unit: BaselineUnit }) {
  return (
    <>
      <PreviousScores unit={unit} />
      <PreviousRationales unit={unit} />
    </>
  );
}

/** The previous rationales, folded away (each with its unit when the model changed). */
function PreviousRationales({ unit }: { unit: BaselineUnit }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const written = unit.previous.filter((previous) => previous.rationale.trim() !== '');
  if (unit.mapping === 'none' || written.length === 0) return null;
  return (
    <details className="follow-up-details">
      <summary>{t('followUp.unit.rationale')}</summary>
      <div className="follow-up-details__body">
        {written.map((previous) => (
          <div key={previous.unitCode}>
            {unit.mapping === 'mapped' ? <p className="follow-up-details__label">{`${previous.unitCode} ${previous.title}`}</p> : null}
            <Markdown source={previous.rationale} lang={contentLanguage} />
          </div>
        ))}
      </div>
    </details>
  );
}

function PreviousScores({ unit }: { unit: BaselineUnit }) {
  const { language, t } = useTranslation();
  const score = (value: string) => formatDecimalString(value, language);
  if (unit.mapping === 'none' || unit.previous.length === 0) return <Paragraph data-size="sm">{t('followUp.unit.none')}</Paragraph>;
  if (unit.mapping === 'same') {
    const previous = unit.previous[0]!;
    return (
      <Paragraph data-size="sm" className="follow-up-unit__score">
        {previous.score === null ? t('followUp.unit.noScore') : t('followUp.unit.score', { score: score(previous.score), max: previous.max })}
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph data-size="sm">{t('followUp.unit.mapped')}</Paragraph>
      <ul className="follow-up-unit__mapped">
        {unit.previous.map((previous) => (
          <li key={previous.unitCode}>
            {previous.score === null
              ? t('followUp.unit.mappedNoScore', { code: previous.unitCode, title: previous.title })
              : t('followUp.unit.mappedScore', { code: previous.unitCode, title: previous.title, score: score(previous.score), max: previous.max })}
          </li>
        ))}
      </ul>
    </>
  );
}
