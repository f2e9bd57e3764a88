// The tables of the scenario page: the summary of one profession, the communes whose access
// changes (largest APL change first; at most ROWS shown, all in the CSV) and their EPCI.
import { el, fill, formatNumber } from '../map/dom.js';

export const ROWS = 300;

const minutes = (m) => (m == null ? '—' : `${formatNumber(m, 1)} min`);
const signed = (v, d) => (v > 0 ? '+' : '') + formatNumber(v, d);
const CROSSING = { 'au-dessus': 'passe au-dessus', 'en-dessous': 'passe en dessous' };

function table(node, head, rows) {
  fill(node, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h })))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) =>
      el('td', { class: i > 0 && typeof c.num !== 'undefined' ? 'num' : null, text: c.text ?? c }))))));
}

const num = (text) => ({ text, num: true });

export function renderSummary(node, p) {
  const s = p.summary;
  const items = [
    ['Praticiens en plus / en moins', `+${s.practitionersArriving} / -${s.practitionersLeaving}`],
    ['APL moyenne (pondérée par la population)', `${formatNumber(s.meanAplBefore, 3)} → ${formatNumber(s.meanAplAfter, 3)}`],
    ['Population dont l\'APL augmente', `${formatNumber(s.populationGaining)} hab. (${s.communesGaining} communes)`],
    ['Population dont l\'APL baisse', `${formatNumber(s.populationLosing)} hab. (${s.communesLosing} communes)`],
  ];
  if (p.threshold != null) {
    items.push([`Passe au-dessus du seuil de ${formatNumber(p.threshold, 1)}`, `${formatNumber(s.crossingAbove)} hab.`]);
    items.push([`Passe en dessous du seuil de ${formatNumber(p.threshold, 1)}`, `${formatNumber(s.crossingBelow)} hab.`]);
  }
  s.thresholdsMinutes.forEach((t, k) => items.push([`Population à plus de ${formatNumber(t)} min du plus proche`,
    `${formatNumber(s.beyondBefore[k])} → ${formatNumber(s.beyondAfter[k])} hab.`]));
  fill(node, el('h2', { text: `Synthèse — ${p.label}` }), el('p', { class: 'notice', text: `APL en ${p.unit}` }),
    el('dl', { class: 'summary-list' }, ...items.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])));
}

export function renderCommunes(node, more, p) {
  const rows = p.communes.slice(0, ROWS).map((r) => [r.name + ` (${r.code})`, num(formatNumber(r.population)),
    num(formatNumber(r.aplBefore, 3)), num(formatNumber(r.aplAfter, 3)), num(signed(r.aplAfter - r.aplBefore, 3)),
    num(minutes(r.minutesBefore)), num(minutes(r.minutesAfter)), CROSSING[r.crossing] ?? '']);
  table(node, ['Commune', 'Population', 'APL avant', 'APL après', 'Écart', 'Temps au plus proche avant',
    'après', p.threshold != null ? `Seuil de ${formatNumber(p.threshold, 1)}` : ''], rows);
  more.textContent = p.communes.length > ROWS
    ? `${ROWS} communes affichées sur ${p.communes.length} ; le CSV les contient toutes.`
    : `${p.communes.length} commune(s).`;
}

export function renderEpcis(node, p) {
  const rows = p.epcis.map((r) => [r.name, num(formatNumber(r.population)), num(formatNumber(r.aplBefore, 3)),
    num(formatNumber(r.aplAfter, 3)), num(signed(r.aplAfter - r.aplBefore, 3)), num(minutes(r.minutesBefore)),
    num(minutes(r.minutesAfter)), num(p.threshold != null ? `+${formatNumber(r.crossingAbove)} / -${formatNumber(r.crossingBelow)}` : '')]);
  table(node, ['EPCI', 'Population', 'APL avant', 'APL après', 'Écart', 'Temps moyen avant', 'après',
    p.threshold != null ? 'Population franchissant le seuil (au-dessus / en dessous)' : ''], rows);
}
