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
 *              value, estimated, comparisons: [{level, name, value, estimated}]}; an estimated value
 *              (combined from communes, not published) is followed by "(estimation)"
 */
export function renderCard(card, model) {
  const { detail } = model;
  const f = (v, estimated) => (v == null ? 'sans donnée'
    : `${formatNumber(v, model.digits)}${estimated ? ' (estimation)' : ''}`);
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
    el('a', { id: 'card-report', href: reportUrl(detail.level, detail.code), text: 'Voir le rapport du territoire' }));
  card.hidden = false;
}

export function clearCard(card) {
  card.replaceChildren();
  card.hidden = true;
}
