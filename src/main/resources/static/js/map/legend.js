// The legend: one row per class with its bounds and count, "sans donnée", the unit, the source
// and millésime (and the road network's, for times by road), and the demonstration warning when
// the data are generated.
import { el, fill, formatNumber } from './dom.js';
import { NO_DATA } from './palette.js';

function classLabel(index, thresholds, digits) {
  const f = (v) => formatNumber(v, digits);
  if (thresholds.length === 0) return 'Toutes les valeurs';
  if (index === 0) return `moins de ${f(thresholds[0])}`;
  if (index === thresholds.length) return `${f(thresholds[index - 1])} et plus`;
  return `de ${f(thresholds[index - 1])} à moins de ${f(thresholds[index])}`;
}

function row(colour, label, count, className) {
  return el('li', { class: className },
    el('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }),
    el('span', { class: 'bounds', text: label }),
    el('span', { class: 'count', text: formatNumber(count) }));
}

function provenanceLines(provenances) {
  const lines = [];
  for (const p of provenances.filter(Boolean)) {
    const role = p.role ?? 'Source';
    lines.push(el('p', { class: 'source', text: `${role} : ${p.source}, millésime ${p.millesime}` }));
  }
  if (provenances.some((p) => p && p.demo)) {
    lines.push(el('p', { class: 'demo', text: 'Données de démonstration : territoire et praticiens fictifs.' }));
  }
  return lines;
}

/**
 * @param legend the container
 * @param model {title, subtitle, unit, thresholds, labels (one per class, for classes such as the
 *              priority zones; null for numeric bounds), colours, counts, noData, digits, note,
 *              range: [min, max], provenances: [{source, millesime, demo, role}]} (role: the line's
 *              prefix, "Source" by default)
 */
export function renderLegend(legend, model) {
  const rows = model.colours.map((colour, i) =>
    row(colour, model.labels?.[i] ?? classLabel(i, model.thresholds, model.digits), model.counts[i], 'class'));
  if (model.noData > 0) rows.push(row(NO_DATA, 'Sans donnée', model.noData, 'no-data'));
  const [min, max] = model.range;
  fill(legend,
    el('h2', { text: model.title }),
    model.subtitle ? el('p', { class: 'unit', text: model.subtitle }) : null,
    el('p', { class: 'unit', text: `Unité : ${model.unit}` }),
    el('ol', { id: 'legend-classes' }, ...rows),
    min == null || model.labels ? null : el('p', { class: 'note', text: `Valeurs observées : de ${formatNumber(min, model.digits)} à ${formatNumber(max, model.digits)}.` }),
    model.note ? el('p', { class: 'note', text: model.note }) : null,
    ...provenanceLines(model.provenances));
}

/** The legend when the computation asked for does not exist. */
export function renderMissing(legend, message) {
  legend.replaceChildren(el('h2', { text: 'Légende' }), el('p', { class: 'note', text: message }));
}
