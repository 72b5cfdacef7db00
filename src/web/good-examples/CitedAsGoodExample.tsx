import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { WRITTEN_LANGUAGE } from '../../domain/municipality.js';
import { queryKeys } from '../api/query-keys.js';
import { useApiQuery } from '../api/query-state.js';
import { useTranslation } from '../language/language-context.js';
import { paths } from '../paths.js';
import { AppLink } from '../ui/AppLink.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { Markdown } from '../ui/Markdown.js';
import { TableScroll } from '../ui/TableScroll.js';
import { goodExamplesApi, type CitedAsGoodExample } from './good-examples-api.js';
import './good-examples.css';

type Citation = CitedAsGoodExample['citations'][number];

function CitationsTable({ cited }: { cited: CitedAsGoodExample }) {
  const { t } = useTranslation();
  const captionId = useId();
  const yearText = (citation: Citation) => (citation.evaluation.year === null ? t('evaluation.yearUnknown') : String(citation.evaluation.year));
  return (
    <TableScroll labelledBy={captionId}>
      <Table zebra className="data-table good-examples-table">
        <caption id={captionId}>{t('goodExamples.cited.caption', { name: cited.municipality.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('goodExamples.column.citing')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('goodExamples.column.evaluation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('goodExamples.column.where')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('goodExamples.column.text')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {cited.citations.map((citation, index) => (
            <Table.Row key={`${citation.evaluation.id}-${index}`}>
              <Table.HeaderCell scope="row" className="row-header">
                <AppLink to={paths.municipality(citation.citing.id)}>{citation.citing.name}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{t('goodExamples.evaluationValue', { year: yearText(citation), model: citation.evaluation.model.title })}</Table.Cell>
              <Table.Cell>
                {citation.area === null ? t('goodExamples.wholeEvaluation') : t('goodExamples.whereArea', { code: citation.area.code, title: citation.area.title })}
                {citation.subarea ? (
                  <>
                    <br />
                    {t('goodExamples.whereSubarea', { code: citation.subarea.code, title: citation.subarea.title })}
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                <Markdown source={citation.text} lang={WRITTEN_LANGUAGE[citation.citing.country]} className="good-examples-table__text" />
                <AppLink to={paths.evaluationPassage(citation.evaluation.id, citation.anchor)}>
                  {t('goodExamples.passageLink')}
                  <span className="ds-sr-only"> {t('goodExamples.passageLinkContext', { name: `${citation.citing.name} ${yearText(citation)}` })}</span>
                </AppLink>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/**
 * The municipality page's section "good examples according to other municipalities' evaluations":
 * where published evaluations of others name it, with links to the passages. Shown only when there are any.
 */
export function CitedAsGoodExampleSection({ municipalityId }: { municipalityId: string }) {
  const { language, t } = useTranslation();
  const headingId = useId();
  const { state, retry } = useApiQuery({
    queryKey: queryKeys.goodExamples.citedAs(municipalityId, language),
    queryFn: ({ signal }) => goodExamplesApi.citedAs(municipalityId, language, signal),
  });
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={retry} />;
  if (state.status !== 'ok' || state.data.citations.length === 0) return null;
  const cited = state.data;
  return (
    <section aria-labelledby={headingId} className="cited-as-good-example">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('goodExamples.cited.heading')}
      </Heading>
      <Paragraph>
        {t('goodExamples.cited.count', { count: cited.citations.length, name: cited.municipality.name })}{' '}
        {t('goodExamples.cited.evaluations', { count: cited.evaluationCount })}
      </Paragraph>
      <CitationsTable cited={cited} />
      <Paragraph data-size="sm">
        <AppLink to={paths.goodExamples({ model: cited.citations[0]?.evaluation.model.id })}>{t('goodExamples.overviewLink')}</AppLink>
      </Paragraph>
    </section>
  );
}
