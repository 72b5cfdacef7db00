import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../i18n/index.js';
import type { EvaluationDetail } from '../api/types.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery, type ApiState } from '../api/query-state.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadingStatus } from '../ui/LoadingStatus.js';
import { useTranslation } from '../language/language-context.js';
import { ComparisonResults } from './ComparisonResults.js';
import { comparisonsApi } from './comparisons-api.js';
import { choiceFromSearch, choiceToSearch, comparisonQuery, hasPeerCriteria, NO_COMPARISON_CHOICE, type ComparisonChoice } from './comparison-query.js';
import { PeerGroupFields } from './PeerGroupFields.js';
import './comparisons.css';

/** Where the comparison section of an evaluation's page is anchored. */
export const COMPARISONS_ANCHOR = 'jamforelser';

/** The comparison default: below five evaluations an average carries a warning. */
const DEFAULT_MIN_N = 5;

/** The data of the last settled answer, or the one before while the next loads. */
function current<T>(state: ApiState<T>): T | undefined {
  return state.status === 'ok' ? state.data : state.status === 'loading' ? state.previous : undefined;
}

/**
 * The evaluation page's comparisons (Jämförelser): the national average since a chosen year, a
 * peer group (the report's criteria, each choice with its n) and the municipality's history.
 * The choices live in the page's address, so a comparison can be shared; the section loads on
 * its own, after the rest of the page, and keeps the last result on show while the next loads.
 */
export function ComparisonSection({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t, language } = useTranslation();
  const headingId = useId();
  const sinceId = useId();
  const scopeId = useId();
  const [search, setSearch] = useSearchParams();
  const [changed, setChanged] = useState(false);
  const choice = choiceFromSearch(search);
  const query = comparisonQuery(choice);
  const keys = queryKeys.evaluation(evaluation.id);
  const comparison = useApiQuery({
    queryKey: keys.comparison(query, language),
    queryFn: ({ signal }) => comparisonsApi.comparison(evaluation.id, query, language, signal),
  });
  const choices = useApiQuery({
    queryKey: keys.peerGroups(query, language),
    queryFn: ({ signal }) => comparisonsApi.peerGroups(evaluation.id, query, language, signal),
  });
  const shown = current(comparison.state);
  const peerChoices = current(choices.state);
  const loading = comparison.state.status === 'loading';
  const minN = shown?.options.minN ?? DEFAULT_MIN_N;

  const change = (patch: Partial<ComparisonChoice>) => {
    setChanged(true);
    // Replace, not push: each pick of a list would otherwise be a step of the back button.
    setSearch((previous) => choiceToSearch({ ...choiceFromSearch(previous), ...patch }, previous), { replace: true, preventScrollReset: true });
  };
  const years = peerChoices?.years ?? [];
  const sinceYears = choice.since && !years.includes(Number(choice.since)) ? [...years, Number(choice.since)].sort((a, b) => b - a) : years;
  const anyChosen = choice.since !== '' || choice.scope !== '' || hasPeerCriteria(choice);

  return (
    <section id={COMPARISONS_ANCHOR} aria-labelledby={headingId} className="comparison-section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('comparisons.heading')}
      </Heading>
      <Paragraph>{t('comparisons.intro')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('comparisons.minN', { minN })}
      </Paragraph>
      {!evaluation.complete ? (
        <Alert data-color="info">
          <Paragraph data-size="sm">{t('comparisons.incomplete')}</Paragraph>
        </Alert>
      ) : null}

      {/* Every choice applies at once, so there is nothing to submit: a group, not a form. */}
      <div className="comparison-choices" role="group" aria-label={t('comparisons.choices')}>
        <Field>
          <Label htmlFor={scopeId}>{t('comparison.scope')}</Label>
          <Select id={scopeId} value={choice.scope} onChange={(event) => change({ scope: event.target.value === 'nordic' ? 'nordic' : '' })}>
            <Select.Option value="">{t('comparison.scope.country')}</Select.Option>
            <Select.Option value="nordic">{t('comparison.scope.nordic')}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label htmlFor={sinceId}>{t('comparisons.since')}</Label>
          <Select id={sinceId} value={choice.since} onChange={(event) => change({ since: event.target.value })}>
            <Select.Option value="">{t('comparisons.allYears')}</Select.Option>
            {sinceYears.map((year) => (
              <Select.Option key={year} value={String(year)}>
                {t('comparisons.sinceOption', { year })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <PeerGroupFields
          value={choice}
          change={change}
          choices={peerChoices}
          municipality={evaluation.municipality.shortName}
          minN={minN}
          failure={choices.state.status === 'error' ? { error: choices.state.error, retry: choices.retry } : undefined}
        />
        {anyChosen ? (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              change(NO_COMPARISON_CHOICE);
              // The button goes with the choices; focus stays in the form, at its first field.
              document.getElementById(sinceId)?.focus();
            }}
          >
            {t('comparisons.reset')}
          </Button>
        ) : null}
      </div>

      <p role="status" className="comparison-section__status">
        {changed && loading ? t('comparisons.updating') : null}
        {changed && !loading && shown
          ? shown.peer
            ? t('comparisons.updatedPeer', { national: formatNumber(shown.national.n, language), peer: formatNumber(shown.peer.n, language) })
            : t('comparisons.updated', { national: formatNumber(shown.national.n, language) })
          : null}
      </p>
      {comparison.state.status === 'error' ? <ErrorAlert error={comparison.state.error} onRetry={comparison.retry} /> : null}
      {shown ? (
        <div aria-busy={loading || undefined}>
          <ComparisonResults evaluation={evaluation} comparison={shown} />
        </div>
      ) : comparison.state.status === 'loading' ? (
        <LoadingStatus label={t('comparisons.loading')} />
      ) : null}
    </section>
  );
}
