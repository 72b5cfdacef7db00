import { Heading } from '@digdir/designsystemet-react';
import type { ImportJobDetail, ParsedReport } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { AppLink } from '../ui/AppLink.js';
import { FactList, type Fact } from '../ui/FactList.js';
import { ImportFindings } from './ImportFindings.js';
import { frameworkName, pointsText } from './import-texts.js';
import { paths } from '../paths.js';

/** The report's parse, when the job has one that looks like it (the API types it as unknown). */
function reportOf(job: ImportJobDetail): ParsedReport | null {
  const report = job.report as Partial<ParsedReport> | null;
  return report && Array.isArray(report.discrepancies) && Array.isArray(report.areas) ? (report as ParsedReport) : null;
}

const yearOf = (date: string | null | undefined) => (date ? /^(\d{4})/.exec(date)?.[1] ?? null : null);

/**
 * What a finished import found: municipality, model, totals (derived and printed), every
 * discrepancy and note, and links to the evaluations it created or updated.
 */
export function ImportResult({ job, frameworkTitles }: { job: ImportJobDetail; frameworkTitles: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const report = reportOf(job);
  const summary = job.summary;
  if (!report || !summary) return null;
  const points = (value: number | null | undefined) => (value === null || value === undefined ? t('common.notStated') : pointsText(value, t));
  const municipality = report.municipality;
  const name = municipality?.name ?? '';
  const ownYear = yearOf(report.fieldwork) ?? yearOf(report.reportDate);
  const facts: Fact[] = [
    {
      label: t('import.resultMunicipality'),
      value: municipality ? <AppLink to={paths.municipality(municipality.code)}>{municipality.name}</AppLink> : t('common.notStated'),
    },
    { label: t('import.resultFramework'), value: frameworkName(report.framework, t, frameworkTitles) },
    { label: t('import.resultYear'), value: ownYear ?? t('common.notStated') },
    { label: t('import.resultDerived'), value: points(report.derivedTotal) },
    { label: t('import.resultStated'), value: points(report.statedTotal) },
  ];
  if (report.chapterTotal !== null && report.chapterTotal !== report.statedTotal) facts.push({ label: t('import.resultChapter'), value: points(report.chapterTotal) });
  if (report.printedGrandTotal !== undefined) facts.push({ label: t('import.resultGrand'), value: points(report.printedGrandTotal) });
  facts.push({
    label: t('import.resultEarlier'),
    value: report.earlierEvaluations.length > 0 ? report.earlierEvaluations.map((evaluation) => evaluation.year).join(', ') : t('import.resultNone'),
  });

  // The report's own evaluation comes first, then those of its annex, in the annex's order.
  const links = job.evaluationIds.map((id, index) => {
    const earlier = index > 0 ? report.earlierEvaluations[index - 1] : undefined;
    const year = index === 0 ? (ownYear ?? t('evaluation.yearUnknown')) : String(earlier?.year ?? t('evaluation.yearUnknown'));
    return { id, label: index === 0 ? t('import.evaluationOwn', { name, year }) : t('import.evaluationEarlier', { name, year }) };
  });

  return (
    <div className="import-result">
      <FactList facts={facts} />
      <ImportFindings discrepancies={report.discrepancies} notes={report.notes} headingLevel={4} />
      {links.length > 0 ? (
        <div>
          <Heading level={4} data-size="2xs">
            {t('import.evaluationsHeading')}
          </Heading>
          <ul className="link-list">
            {links.map((link) => (
              <li key={link.id}>
                <AppLink to={paths.evaluation(link.id)}>{link.label}</AppLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
