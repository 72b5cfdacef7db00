export { buildPlanContent, improvementCoverage, type PlanContent, type PlanContentInput } from './plan-content.js';
export { renderPlanDocx } from './plan-docx.js';
export { renderPlanXlsx } from './plan-xlsx.js';
export { planAnnex } from './plan-sections.js';
