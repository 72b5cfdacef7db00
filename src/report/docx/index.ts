export { renderReportDocx } from './render-docx.js';
