/**
 * The chart builders without the server-side rendering: what the web app imports, so its
 * bundle never reaches Node-only code. Servers import `index.ts`, which adds the renderers.
 */
export { peerProfileChart, profileBarsChart, profileRadarChart } from './profile.js';
export { subareaBarsChart } from './subareas.js';
export { chartText, type ChartTextKey } from '../i18n/chart-texts.js';
export { totalAndAreasChart } from './total-and-areas.js';
export type {
  ChartCategory,
  ChartInputOptions,
  ChartSeries,
  ChartSpec,
  ChartTable,
  ProfileInput,
  ScoredCategory,
  SubareaBarsInput,
  TotalAndAreasInput,
} from './types.js';
