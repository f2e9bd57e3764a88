// The tables of the scenario page: the summary of one profession, the communes whose access
// changes (largest APL change first; at most ROWS shown, all in the CSV) and their EPCI.
import { el, fill } from '../map/dom.js';
import { frenchNumber, signed, withUnit } from '../french-numbers.js';

export const ROWS = 300;

// One number rule (report.FrenchNumbers): APL with the decimals of its unit, so a column lines up.
const minutes = (m) => withUnit(m, 'min');
const people = (v) => withUnit(v, 'hab.');
const apl = (v, p) => frenchNumber(v, p.unit);
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
    ['APL moyenne (pondérée par la population)', `${apl(s.meanAplBefore, p)} → ${apl(s.meanAplAfter, p)}`],
    ['Population dont l\'APL augmente', `${people(s.populationGaining)} (${withUnit(s.communesGaining, 'communes')})`],
    ['Population dont l\'APL baisse', `${people(s.populationLosing)} (${withUnit(s.communesLosing, 'communes')})`],
  ];
  if (p.threshold != null) {
    items.push([`Passe au-dessus du seuil de ${frenchNumber(p.threshold)}`, people(s.crossingAbove)]);
    items.push([`Passe en dessous du seuil de ${frenchNumber(p.threshold)}`, people(s.crossingBelow)]);
  }
  s.thresholdsMinutes.forEach((t, k) => items.push([`Population à plus de ${frenchNumber(t)} min du plus proche`,
    `${frenchNumber(s.beyondBefore[k], 'hab.')} → ${people(s.beyondAfter[k])}`]));
  fill(node, el('h2', { text: `Synthèse — ${p.label}` }), el('p', { class: 'notice', text: `APL en ${p.unit}` }),
    el('dl', { class: 'summary-list' }, ...items.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])));
}

export function renderCommunes(node, more, p) {
  const rows = p.communes.slice(0, ROWS).map((r) => [r.name + ` (${r.code})`, num(people(r.population)),
    num(apl(r.aplBefore, p)), num(apl(r.aplAfter, p)), num(signed(r.aplAfter - r.aplBefore, p.unit)),
    num(minutes(r.minutesBefore)), num(minutes(r.minutesAfter)), CROSSING[r.crossing] ?? '']);
  table(node, ['Commune', 'Population', 'APL avant', 'APL après', 'Écart', 'Temps au plus proche avant',
    'après', p.threshold != null ? `Seuil de ${frenchNumber(p.threshold)}` : ''], rows);
  more.textContent = p.communes.length > ROWS
    ? `${ROWS} communes affichées sur ${p.communes.length} ; le CSV les contient toutes.`
    : `${p.communes.length} commune(s).`;
}

export function renderEpcis(node, p) {
  const rows = p.epcis.map((r) => [r.name, num(people(r.population)), num(apl(r.aplBefore, p)),
    num(apl(r.aplAfter, p)), num(signed(r.aplAfter - r.aplBefore, p.unit)), num(minutes(r.minutesBefore)),
    num(minutes(r.minutesAfter)), num(p.threshold != null
      ? `+${frenchNumber(r.crossingAbove, 'hab.')} / -${frenchNumber(r.crossingBelow, 'hab.')}` : '')]);
  table(node, ['EPCI', 'Population', 'APL avant', 'APL après', 'Écart', 'Temps moyen avant', 'après',
    p.threshold != null ? 'Population franchissant le seuil (au-dessus / en dessous)' : ''], rows);
}
