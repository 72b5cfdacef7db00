/**
 * Charts shared by the web app and the reports: one pure builder per chart (an ECharts option,
 * a text alternative and a data table), and the server-side rendering to SVG and PNG. The web
 * app imports `builders.ts` instead, which leaves the Node-only rendering out.
 */
export * from './builders.js';
export { clearChartRenderCaches, renderChartPng, renderChartSvg } from './render-server.js';
