import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { EvaluationArea } from '../api/types.js';
import { useTranslation } from '../language/language-context.js';
import { GoodExampleList } from './GoodExampleList.js';
import { paragraphsOf, ReportText } from './ReportText.js';

/** True when the report gave the area any written text. */
export function hasAreaTexts(area: EvaluationArea): boolean {
  return Boolean(
    area.introduction ||
      area.analysis ||
      area.subareas.some((subarea) => subarea.analysis) ||
      area.strengths.length > 0 ||
      area.improvements.length > 0 ||
      area.goodExamples.length > 0,
  );
}

function TextList({ items }: { items: string[] }) {
  return (
    <ul className="report-list" lang="sv">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
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
  const subareaAnalyses = area.subareas.filter((subarea) => subarea.analysis);
  const analysis = paragraphsOf(area.analysis);
  const introduction = paragraphsOf(area.introduction);
  return (
    <div className="area-texts">
      <Paragraph data-size="sm" className="muted">{t('evaluation.reportTextNote')}</Paragraph>
      {introduction.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">{t('evaluation.introduction')}</Heading>
          <ReportText paragraphs={introduction} />
        </>
      ) : null}
      {analysis.length > 0 || subareaAnalyses.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">{t('evaluation.analysis')}</Heading>
          <ReportText paragraphs={analysis} />
          {subareaAnalyses.map((subarea) => (
            <div key={subarea.code} className="subarea-analysis">
              <Heading level={4} data-size="2xs">{t('evaluation.subareaHeading', { code: subarea.code, title: subarea.title })}</Heading>
              <ReportText paragraphs={paragraphsOf(subarea.analysis)} />
            </div>
          ))}
        </>
      ) : null}
      {area.strengths.length > 0 || area.improvements.length > 0 ? (
        <div className="area-findings">
          {area.strengths.length > 0 ? (
            <div className="area-findings__column area-findings__column--strengths">
              <Heading level={3} data-size="xs">{t('evaluation.strengths')}</Heading>
              <TextList items={area.strengths} />
            </div>
          ) : null}
          {area.improvements.length > 0 ? (
            <div className="area-findings__column area-findings__column--improvements">
              <Heading level={3} data-size="xs">{t('evaluation.improvements')}</Heading>
              <TextList items={area.improvements} />
            </div>
          ) : null}
        </div>
      ) : null}
      {area.goodExamples.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">{t('evaluation.goodExamples')}</Heading>
          <Paragraph data-size="sm">{t('evaluation.goodExamplesIntro')}</Paragraph>
          <GoodExampleList examples={area.goodExamples} />
        </>
      ) : null}
    </div>
  );
}
