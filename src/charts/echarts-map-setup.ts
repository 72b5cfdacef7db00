import { MapChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, TooltipComponent } from 'echarts/components';
import { echarts } from './echarts-setup.js';

/**
 * ECharts with the map added: the map chart, its geo component, tooltips and the patterns (decal)
 * that tell regions without data apart without colour. A module of its own, so only the page with
 * the map downloads the map code; every other chart keeps loading `echarts-setup.ts` alone.
 */
echarts.use([MapChart, GeoComponent, TooltipComponent, AriaComponent]);

export { echarts };
