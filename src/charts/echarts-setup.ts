import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with just the parts the chart builders use, registered once. The browser and the
 * server draw through this same module, so a chart looks the same in the app and in a report.
 */
echarts.use([BarChart, RadarChart, GridComponent, LegendComponent, RadarComponent, TitleComponent, SVGRenderer]);

export { echarts };
