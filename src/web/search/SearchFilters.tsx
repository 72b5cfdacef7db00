import { Alert, Button, Checkbox, Details, Field, Fieldset, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { SEARCH_KINDS, type FacetValue, type SearchFacets } from '../../contract/search.js';
import { formatNumber, type MessageKey } from '../../i18n/index.js';
import { useTranslation } from '../language/language-context.js';
import { activeFilterCount, SINGLE_FILTERS, type SearchState, type SingleFilter } from './search-state.js';
import { useMediaQuery } from './use-media-query.js';

const FACET_LABELS: Record<SingleFilter, MessageKey> = {
  model: 'textSearch.facet.model',
  area: 'textSearch.facet.area',
  year: 'textSearch.facet.year',
  county: 'textSearch.facet.county',
  group: 'textSearch.facet.group',
  country: 'textSearch.facet.country',
};

/** Wide enough for the filters beside the hits; narrower, they fold into a disclosure (and the caveat stands above the hits). */
export const WIDE = '(min-width: 48rem)';

interface Props {
  search: SearchState;
  /** The counts per value; undefined before the first answer. */
  facets: SearchFacets | undefined;
  /** The area map's caveat when the answer carries one. */
  caveat: string | null;
  onKind: (kind: (typeof SEARCH_KINDS)[number], on: boolean) => void;
  onFilter: (name: SingleFilter, value: string) => void;
  onClear: () => void;
}

/** The values of a filter to offer: those with hits, and the chosen one even without. */
function offered(values: readonly FacetValue[], chosen: string): FacetValue[] {
  const list = values.filter((value) => value.count > 0 || value.value === chosen);
  if (chosen && !list.some((value) => value.value === chosen)) list.push({ value: chosen, label: chosen, count: 0 });
  return list;
}

/**
 * The filters of the search, each value with its number of hits (given the other filters): the
 * kinds of text as checkboxes, the others as lists with "All" first. Beside the hits on a wide
 * screen; on a phone folded into a disclosure that says how many are chosen.
 */
export function SearchFilters({ search, facets, caveat, onKind, onFilter, onClear }: Props) {
  const { t, language } = useTranslation();
  const id = useId();
  const wide = useMediaQuery(WIDE);
  const active = activeFilterCount(search);
  // Before the first answer there are no counts to show (not zeros).
  const countOf = (value: string) => (facets ? (facets.kind.find((entry) => entry.value === value)?.count ?? 0) : undefined);

  const fields: ReactNode = (
    <div className="search-filters__fields">
      <Fieldset data-size="sm" className="search-filters__kinds">
        <Fieldset.Legend>{t('textSearch.facet.kind')}</Fieldset.Legend>
        {SEARCH_KINDS.map((kind) => {
          const count = countOf(kind);
          const checked = search.kinds.includes(kind);
          return (
            <Checkbox
              key={kind}
              data-size="sm"
              value={kind}
              checked={checked}
              onChange={(event) => onKind(kind, event.target.checked)}
              label={
                <span className="search-filters__option">
                  <span>{t(`searchKind.${kind}`)}</span>
                  {count === undefined ? null : (
                    <>
                      <span className="search-filters__count" aria-hidden="true">
                        {formatNumber(count, language)}
                      </span>
                      <span className="ds-sr-only">{`, ${t('textSearch.facet.count', { count })}`}</span>
                    </>
                  )}
                </span>
              }
            />
          );
        })}
      </Fieldset>
      {SINGLE_FILTERS.map((name) => {
        const values = offered(facets?.[name] ?? [], search.filters[name]);
        if (values.length === 0 && !search.filters[name]) return null;
        return (
          <div key={name} className="search-filters__field">
            <Field data-size="sm">
              <Label htmlFor={`${id}-${name}`}>{t(FACET_LABELS[name])}</Label>
              <Select id={`${id}-${name}`} value={search.filters[name]} onChange={(event) => onFilter(name, event.target.value)}>
                <Select.Option value="">{t('textSearch.filters.all')}</Select.Option>
                {values.map((value) => (
                  <Select.Option key={value.value} value={value.value} disabled={value.count === 0 && value.value !== search.filters[name]}>
                    {t('textSearch.facetOption', { label: value.label, count: value.count })}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {name === 'area' && caveat && wide ? (
              <Alert data-color="warning" data-size="sm" className="search-filters__caveat">
                <Paragraph data-size="sm">
                  <strong>{t('textSearch.caveat')}:</strong> {caveat}
                </Paragraph>
              </Alert>
            ) : null}
          </div>
        );
      })}
      {active > 0 ? (
        <Button type="button" variant="secondary" data-size="sm" onClick={onClear} className="search-filters__clear">
          {t('textSearch.filters.clear')}
        </Button>
      ) : null}
    </div>
  );

  if (wide) {
    return (
      <section aria-labelledby={`${id}-heading`} className="search-filters">
        <Heading level={2} data-size="xs" id={`${id}-heading`}>
          {t('textSearch.filters.heading')}
        </Heading>
        {fields}
      </section>
    );
  }
  return (
    <Details className="search-filters search-filters--folded">
      <Details.Summary>
        {t('textSearch.filters.summary')}
        {active > 0 ? ` (${t('textSearch.filters.active', { count: active })})` : ''}
      </Details.Summary>
      <Details.Content>{fields}</Details.Content>
    </Details>
  );
}
