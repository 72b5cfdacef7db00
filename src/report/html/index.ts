export { renderReportHtml } from './render-html.js';
export { REPORT_CSS } from './styles.js';
