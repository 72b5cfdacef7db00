import { formatPartialDate, formatPeriod } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { FactList, type Fact } from '../ui/FactList.js';
import { useContentLanguage } from '../language/content-language.js';

/** When and how the evaluation was done, by whom, on what sources, and where it stands. */
export function EvaluationFacts({ evaluation }: { evaluation: EvaluationDetail }) {
  const contentLanguage = useContentLanguage();
  const { language, t } = useTranslation();
  const missing = <span className="muted">{t('common.notStated')}</span>;
  const fieldwork = formatPeriod(evaluation.fieldworkStart, evaluation.fieldworkEnd, language);
  const ordinal = evaluation.statedOrdinal;
  const facts: Fact[] = [
    { label: t('evaluation.fieldwork'), value: fieldwork ?? missing },
    { label: t('evaluation.reportDate'), value: evaluation.reportDate ? formatPartialDate(evaluation.reportDate, language) : missing },
    {
      label: t('evaluation.statedOrdinal'),
      value: ordinal === null ? missing : ordinal === 1 ? t('evaluation.statedOrdinalFirst') : t('evaluation.statedOrdinalText', { ordinal }),
    },
    { label: t('evaluation.evaluators'), value: evaluation.evaluators.length > 0 ? evaluation.evaluators.join(', ') : missing },
    {
      label: t('evaluation.interviewees'),
      value: evaluation.interviewees === null ? missing : t('evaluation.intervieweesValue', { count: evaluation.interviewees }),
    },
    { label: t('evaluation.status'), value: t(`status.${evaluation.status}`) },
    { label: t('evaluation.origin'), value: t(`origin.${evaluation.origin}`) },
  ];
  if (evaluation.sources.length > 0) {
    facts.push({
      label: t('evaluation.sources'),
      value: (
        <ul className="fact-list__values" lang={contentLanguage}>
          {evaluation.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      ),
    });
  }
  return <FactList facts={facts} />;
}
