// The report page: draws every chart from the JSON embedded in the page (no second request) with
// the ECharts WebJar, and offers a print button. When done, <body data-charts-drawn="N"> tells
// how many charts were drawn (the browser test waits for it).
import * as echarts from '../../webjars/echarts/dist/echarts.esm.min.js';
import { chartHeight, chartOption } from './chart-options.js';

function drawCharts() {
  const charts = JSON.parse(document.getElementById('report-charts').textContent || '[]');
  const drawn = [];
  for (const chart of charts) {
    const element = document.querySelector(`[data-chart="${CSS.escape(chart.id)}"]`);
    if (!element) continue;
    element.style.height = `${chartHeight(chart)}px`;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption(chartOption(chart));
    drawn.push(instance);
  }
  window.addEventListener('resize', () => drawn.forEach((c) => c.resize()));
  // Printing lays the page out narrower: charts follow, then come back.
  window.addEventListener('beforeprint', () => drawn.forEach((c) => c.resize()));
  window.addEventListener('afterprint', () => drawn.forEach((c) => c.resize()));
  document.body.dataset.chartsDrawn = String(drawn.length);
}

const print = document.getElementById('print-report');
print.hidden = false;
print.addEventListener('click', () => window.print());
drawCharts();
