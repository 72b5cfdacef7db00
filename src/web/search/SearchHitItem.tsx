import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { SearchHit } from '../../contract/search.js';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { reportApi } from '../report/report-api.js';
import { defaultReportForm, reportParams } from '../report/report-options.js';
import { Snippet } from './Snippet.js';

/**
 * One hit: whose evaluation (municipality and year), its model version, the kind of text and its
 * area and sub-area, the passage with the matches marked, and links to the passage on the
 * evaluation page and in the web report.
 */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t, language } = useTranslation();
  const headingId = useId();
  const year = hit.evaluation.year === null ? t('evaluation.yearUnknown') : String(hit.evaluation.year);
  const title = t('evaluation.titleFor', { name: hit.municipality.name, year });
  const kind = t(`searchKind.${hit.kind}`);
  const place = [
    hit.area ? t('textSearch.hit.area', { code: hit.area.code, title: hit.area.title }) : null,
    hit.subarea ? t('textSearch.hit.subarea', { code: hit.subarea.code, title: hit.subarea.title }) : null,
  ].filter((part): part is string => part !== null);
  const description = [title, kind, ...place].join(', ');
  const fragment = `#${encodeURIComponent(hit.anchor)}`;
  const reportUrl = `${reportApi.htmlUrl(hit.evaluation.id, reportParams(defaultReportForm(language)))}${fragment}`;
  return (
    <li className="search-hit">
      <article aria-labelledby={headingId}>
        <Heading level={3} data-size="xs" id={headingId} className="search-hit__title">
          {title}
        </Heading>
        <ul className="search-hit__facts">
          <li>
            <span className="search-hit__kind">{kind}</span>
          </li>
          {place.length > 0 ? <li>{place.join(', ')}</li> : null}
          <li>{hit.evaluation.frameworkTitle}</li>
          <li>{hit.municipality.countyName}</li>
        </ul>
        <Snippet parts={hit.snippet} lang={WRITTEN_LANGUAGE[hit.municipality.country]} />
        {hit.viaAreaMap ? (
          <Paragraph data-size="sm" className="muted">
            {t('textSearch.hit.viaAreaMap')}
          </Paragraph>
        ) : null}
        <p className="search-hit__links">
          <Link className="ds-link" to={`${paths.evaluation(hit.evaluation.id)}${fragment}`} aria-label={t('textSearch.hit.openEvaluationLabel', { hit: description })}>
            {t('textSearch.hit.openEvaluation')}
          </Link>
          <a className="ds-link" href={reportUrl} aria-label={t('textSearch.hit.openReportLabel', { hit: description })}>
            {t('textSearch.hit.openReport')}
          </a>
        </p>
      </article>
    </li>
  );
}
