import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { EvaluationArea } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { ScoreTable, type ScoreTableRow } from '../ui/ScoreTable.js';

/** The anchor of an area's section, so overviews and notices can link to it. */
export const areaAnchor = (code: string) => `omrade-${code}`;

/**
 * One area of an evaluation: its sub-areas with achieved, max and percent, and the area total
 * in the footer. Areas scored as a whole (2010 model) show just the area's row. Rounded points
 * are noted below the table, with a column of exact points on demand. `children` (the report's
 * texts for the area) follow the table inside the area's section.
 */
export function AreaScoreTable({ area, children }: { area: EvaluationArea; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  const whole = area.subareas.length === 0;
  const rows: ScoreTableRow[] = whole
    ? [{ key: area.code, code: area.code, label: area.title, shown: area.shown, score: area.score, exact: area.complete ? area.score : null, rounded: area.rounded, max: area.max, percent: area.percent }]
    : area.subareas.map((subarea) => ({ ...subarea, key: subarea.code, dataCode: subarea.code, label: subarea.title }));
  return (
    <section className="area-section" id={areaAnchor(area.code)} aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('evaluation.areaHeading', { code: area.code, title: area.title })}
      </Heading>
      {whole ? <Paragraph data-size="sm" className="muted">{t('evaluation.areaWhole')}</Paragraph> : null}
      <ScoreTable
        caption={whole ? t('evaluation.areaCaptionWhole', { code: area.code }) : t('evaluation.areaCaption', { code: area.code })}
        captionHidden
        codeHeader={t('evaluation.code')}
        labelHeader={whole ? t('evaluation.area') : t('evaluation.subarea')}
        rows={rows}
        total={whole ? undefined : { label: t('evaluation.areaTotal', { code: area.code }), shown: area.shown, score: area.score, rounded: area.rounded, max: area.max, percent: area.percent }}
      />
      {children}
    </section>
  );
}
