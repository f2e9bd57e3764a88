// The territory card: name, level, population, the indicator with the département and région
// values beside it, and the link to the territory's report.
import { reportUrl } from './api.js';
import { el, fill, formatNumber } from './dom.js';
import { GROUPING_LABELS } from './groupings.js';

export const LEVEL_LABELS = {
  commune: 'Commune', epci: 'Intercommunalité (EPCI)', departement: 'Département', region: 'Région',
  ...GROUPING_LABELS,
};

function line(term, value) {
  return [el('dt', { text: term }), el('dd', { text: value })];
}

/**
 * @param card the container
 * @param model {detail (from /api/territories/{level}/{code}), indicatorLabel, unit, digits,
 *              value, estimated, comparisons: [{level, name, value, estimated}], classLabels (the
 *              names of class values, priority zones; else null)}; an estimated value
 *              (combined from communes, not published) is followed by "(estimation)"
 */
export function renderCard(card, model) {
  const { detail } = model;
  const f = (v, estimated) => (v == null ? 'sans donnée'
    : `${model.classLabels?.[v] ?? formatNumber(v, model.digits)}${estimated ? ' (estimation)' : ''}`);
  const terms = [
    ...line('Code', detail.code),
    ...line('Population', detail.population == null ? 'inconnue' : `${formatNumber(detail.population)} hab.`),
    ...line(model.indicatorLabel, f(model.value, model.estimated)),
  ];
  for (const c of model.comparisons) {
    terms.push(...line(`${LEVEL_LABELS[c.level]} (${c.name})`, f(c.value, c.estimated)));
  }
  fill(card,
    el('h2', { id: 'card-name', text: detail.name }),
    el('p', { class: 'level', id: 'card-level', text: LEVEL_LABELS[detail.level] ?? detail.level }),
    el('dl', {}, ...terms),
    model.unit ? el('p', { class: 'unit', text: `${model.indicatorLabel} en ${model.unit}.` }) : null,
    model.series ? seriesChart(model.series, model.digits) : null,
    el('a', { id: 'card-report', href: reportUrl(detail.level, detail.code), text: 'Voir le rapport du territoire' }));
  card.hidden = false;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(name, attributes) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, String(v)));
  return node;
}

/**
 * The evolution of an imported indicator for the territory (/api/indicators/{id}/series): one bar
 * per millésime with a value, first and last values written out, and the source. Null when fewer
 * than two millésimes have a value.
 */
function seriesChart(series, digits) {
  const points = series.points.filter((p) => p.value != null);
  if (points.length < 2) return null;
  const max = Math.max(...points.map((p) => p.value));
  const width = 240;
  const height = 60;
  const bar = width / points.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', id: 'card-series' });
  points.forEach((p, i) => {
    const h = max > 0 ? Math.max(1, (p.value / max) * (height - 4)) : 1;
    const rect = svg('rect', { x: i * bar + 1, y: height - h, width: bar - 2, height: h, fill: '#3b6ea5' });
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${p.millesime} : ${formatNumber(p.value, digits)}`;
    rect.append(title);
    chart.append(rect);
  });
  const first = points[0];
  const last = points[points.length - 1];
  chart.setAttribute('aria-label', `Évolution de ${first.millesime} à ${last.millesime}`);
  return el('figure', { class: 'card-series' }, chart,
    el('figcaption', { text: `Évolution ${first.millesime}-${last.millesime} : ${formatNumber(first.value, digits)}`
      + ` → ${formatNumber(last.value, digits)}${series.unit ? ` ${series.unit}` : ''} (source : ${last.source})` }));
}

export function clearCard(card) {
  card.replaceChildren();
  card.hidden = true;
}
