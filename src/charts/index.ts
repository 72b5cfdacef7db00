/**
 * Charts shared by the web app and the reports: one pure builder per chart (an ECharts option,
 * a text alternative and a data table). The server-side rendering to SVG and PNG is in
 * `render-server.ts`, imported only by the report renderers: ECharts and resvg take about a
 * second to load, which the app's start should not pay. The web app imports `builders.ts`.
 */
export * from './builders.js';
