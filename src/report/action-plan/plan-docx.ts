/**
 * The action plan as a Word document in the report's styles: its title and facts, the summary,
 * a table of actions per area, the improvement opportunities with how far they have come, and
 * the dated notes under each action. Every text stays editable.
 */
import { reportTexts } from '../../i18n/report-texts.js';
import { renderSectionsDocx } from '../docx/render-docx.js';
import type { PlanContent } from './plan-content.js';
import { planAreaSections, planImprovementsSection, planNotesSection, planSummarySection } from './plan-sections.js';

/** The plan as a .docx file. */
export function renderPlanDocx(content: PlanContent): Buffer {
  return renderSectionsDocx({
    title: content.title,
    subject: content.municipality,
    description: content.texts.heading,
    locale: content.locale,
    labels: { ...reportTexts(content.language).labels, runningTitle: content.title },
    facts: content.facts,
    sections: [
      planSummarySection(content, 'plan'),
      ...planAreaSections(content),
      planImprovementsSection(content, 'plan'),
      planNotesSection(content, 'plan'),
    ],
  });
}
