// Builds the ECharts option of one report chart (see TerritoryReport.Chart): categories on the x
// axis, one series per territory (subject first, then the references). Pure: no DOM, testable.

/** Subject in the portal's accent colour, references in greys, so the subject stands out in print. */
export const COLOURS = ['#1b6f8a', '#9aa5b1', '#5b6675', '#c7ced6'];

const numbers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A French number, "—" when missing. */
export function formatNumber(value) {
  return value == null || Number.isNaN(value) ? '—' : numbers.format(value);
}

function axisLabel(unit) {
  return unit ? { formatter: (v) => `${formatNumber(v)}${unit === '%' ? ' %' : ''}` } : {};
}

/** The ECharts option for a chart of kind bar, histogram or pyramid. */
export function chartOption(chart) {
  const series = chart.series.map((s, i) => ({
    name: s.name,
    type: 'bar',
    data: s.values.map((v) => (chart.kind === 'pyramid' && i === 0 && v != null ? -v : v)),
    itemStyle: { color: COLOURS[i % COLOURS.length] },
    barGap: chart.kind === 'histogram' ? '0%' : '10%',
    barCategoryGap: chart.kind === 'histogram' ? '2%' : '25%',
    label: chart.kind === 'histogram' ? { show: true, position: 'top', formatter: (p) => formatNumber(p.value) } : undefined,
  }));
  if (chart.kind === 'pyramid') series.forEach((s) => { s.stack = 'pyramid'; });
  const categoryAxis = { type: 'category', data: chart.categories, axisLabel: { interval: 0, hideOverlap: false } };
  const horizontal = chart.kind === 'pyramid' || chart.categories.length > 8;
  // A horizontal chart's unit is in its title: a name at the end of the axis would be cut off.
  const valueAxis = { type: 'value', name: horizontal ? '' : chart.unit || '', axisLabel: axisLabel(chart.unit) };
  if (chart.kind === 'pyramid') {
    valueAxis.axisLabel = { formatter: (v) => formatNumber(Math.abs(v)) };
  }
  if (horizontal) categoryAxis.axisLabel = { interval: 0 };
  return {
    animation: false,
    color: COLOURS,
    legend: { show: chart.series.length > 1, top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: (v) => `${formatNumber(v == null ? v : Math.abs(v))}${chart.unit ? ` ${chart.unit}` : ''}` },
    grid: { left: horizontal ? 170 : 50, right: 20, top: chart.series.length > 1 ? 36 : 16, bottom: 30,
      containLabel: !horizontal },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series,
  };
}

/** Height in pixels that keeps every category of a horizontal chart legible. */
export function chartHeight(chart) {
  const horizontal = chart.kind === 'pyramid' || chart.categories.length > 8;
  return horizontal ? Math.max(260, 60 + chart.categories.length * chart.series.length * 9) : 300;
}
