import { useContentLanguage } from '../../language/content-language.js';
import { useTranslation } from '../../language/language-context.js';
import { Markdown } from '../../ui/Markdown.js';
import type { CriterionView } from './criteria-form.js';
import { useValueText } from './CriterionField.js';

/** A unit's criteria with the values given, read-only (after submitting), and the deviation reason. */
export function SubmittedCriteria({ criteria, values, deviationReason }: { criteria: readonly CriterionView[]; values: ReadonlyMap<string, string | null>; deviationReason: string }) {
  const { t } = useTranslation();
  const contentLanguage = useContentLanguage();
  const valueText = useValueText();
  return (
    <>
      <ul className="criteria-readonly" aria-label={t('criteria.readOnlyLabel')}>
        {criteria.map((criterion) => (
          <li key={criterion.code}>
            <span lang={contentLanguage}>{`${criterion.code} ${criterion.text}`}</span>: <strong>{valueText(criterion, values.get(criterion.code) ?? null)}</strong>
          </li>
        ))}
      </ul>
      {deviationReason.trim() ? (
        <div className="criteria-deviation-text">
          <p className="criteria-deviation-text__label">{t('criteria.deviation.readOnly')}</p>
          <Markdown source={deviationReason} lang={contentLanguage} />
        </div>
      ) : null}
    </>
  );
}
