import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { EvaluationArea } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { GoodExampleList } from './GoodExampleList.js';
import { Markdown } from '../ui/Markdown.js';
import { hasText, ReportText } from './ReportText.js';
import { useContentLanguage } from '../language/content-language.js';
import { listPositions, textAnchor } from '../../domain/text-anchors.js';

/** True when the report gave the area any written text. */
export function hasAreaTexts(area: EvaluationArea): boolean {
  return (
    hasText(area.introduction) ||
    hasText(area.analysis) ||
    area.subareas.some((subarea) => hasText(subarea.analysis)) ||
    area.strengths.length > 0 ||
    area.improvements.length > 0 ||
    area.goodExamples.length > 0
  );
}

/**
 * Strengths or improvement opportunities: one short Markdown text per item, each with the id
 * search hits lead to (empty items are left out, as in the report).
 */
function TextList({ items, kind, areaCode }: { items: string[]; kind: 'strength' | 'improvement'; areaCode: string }) {
  const contentLanguage = useContentLanguage();
  const positions = listPositions(items);
  return (
    <ul className="report-list" lang={contentLanguage}>
      {items.map((item, index) => {
        const position = positions[index];
        return position == null ? null : (
          <li key={index} id={textAnchor({ kind, areaCode, position })}>
            <Markdown source={item} inline />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The written parts of one area, after its score table: the introduction, the analysis (the
 * area's own paragraphs, then each sub-area's under its own heading), strengths, improvement
 * opportunities and good examples from other municipalities.
 */
export function AreaTexts({ area }: { area: EvaluationArea }) {
  const { t } = useTranslation();
  const subareaAnalyses = area.subareas.flatMap((subarea) => (hasText(subarea.analysis) ? [{ ...subarea, analysis: subarea.analysis }] : []));
  const { analysis, introduction } = area;
  return (
    <div className="area-texts">
      <Paragraph data-size="sm" className="muted">{t('evaluation.reportTextNote')}</Paragraph>
      {hasText(introduction) ? (
        <>
          <Heading level={3} data-size="xs">{t('evaluation.introduction')}</Heading>
          <ReportText text={introduction} id={textAnchor({ kind: 'area-introduction', areaCode: area.code })} />
        </>
      ) : null}
      {hasText(analysis) || subareaAnalyses.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">{t('evaluation.analysis')}</Heading>
          {hasText(analysis) ? <ReportText text={analysis} id={textAnchor({ kind: 'area-analysis', areaCode: area.code })} /> : null}
          {subareaAnalyses.map((subarea) => (
            <div key={subarea.code} className="subarea-analysis">
              <Heading level={4} data-size="2xs">{t('evaluation.subareaHeading', { code: subarea.code, title: subarea.title })}</Heading>
              <ReportText text={subarea.analysis} id={textAnchor({ kind: 'subarea-analysis', unitCode: subarea.code })} />
            </div>
          ))}
        </>
      ) : null}
      {area.strengths.length > 0 || area.improvements.length > 0 ? (
        <div className="area-findings">
          {area.strengths.length > 0 ? (
            <div className="area-findings__column area-findings__column--strengths">
              <Heading level={3} data-size="xs">{t('evaluation.strengths')}</Heading>
              <TextList items={area.strengths} kind="strength" areaCode={area.code} />
            </div>
          ) : null}
          {area.improvements.length > 0 ? (
            <div className="area-findings__column area-findings__column--improvements">
              <Heading level={3} data-size="xs">{t('evaluation.improvements')}</Heading>
              <TextList items={area.improvements} kind="improvement" areaCode={area.code} />
            </div>
          ) : null}
        </div>
      ) : null}
      {area.goodExamples.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">{t('evaluation.goodExamples')}</Heading>
          <Paragraph data-size="sm">{t('evaluation.goodExamplesIntro')}</Paragraph>
          <GoodExampleList examples={area.goodExamples} areaCode={area.code} />
        </>
      ) : null}
    </div>
  );
}
