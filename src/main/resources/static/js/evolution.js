// The evolution page: the APL of two practitioner vintages compared (same travel model), as a
// difference map (diverging palette: losses in red, gains in blue, unchanged in light grey) and
// a table per commune or EPCI, from /api/prospective/evolution. Server strings reach the DOM only
// through textContent. The query string holds the choice, so a view can be shared.
import { api } from './map/api.js';

const page = document.getElementById('evolution');
const base = page.dataset.base;
const form = document.getElementById('evolution-form');
const message = document.getElementById('evolution-message');
const note = document.getElementById('evolution-note');
const result = document.getElementById('evolution-result');
const number = (digits) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const SHOWN_ROWS = 300;
// ColorBrewer RdBu (colour-blind safe), losses first; the middle class is "unchanged".
export const DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'];
const NO_DATA = '#c9c9c9';

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * A step of about a third of the largest change, rounded down to 1, 2 or 5 × 10^k, so the three
 * classes of each side are all used (the last one is open-ended).
 */
export function classStep(maxAbs) {
  if (!(maxAbs > 0)) return 1;
  const raw = maxAbs / 3;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [5, 2, 1].map((m) => m * power).find((s) => s <= raw);
}

/** The class of a difference: 0..2 losses (largest first), 3 unchanged, 4..6 gains. */
export function classOf(difference, step) {
  if (difference == null) return -1;
  if (Math.abs(difference) <= 1e-9) return 3;
  const k = Math.min(2, Math.floor(Math.abs(difference) / step));
  return difference < 0 ? 2 - k : 4 + k;
}

function query() {
  const params = new URLSearchParams(window.location.search);
  for (const name of ['profession', 'variant', 'from', 'to', 'level']) {
    const select = form?.elements[name];
    if (select && params.get(name) && [...select.options].some((o) => o.value === params.get(name))) {
      select.value = params.get(name);
    }
  }
  if (form) form.elements.recompute.checked = params.get('recompute') === 'true';
  return params;
}

async function fetchComparison(params) {
  const response = await fetch(`${base}api/prospective/evolution?${params}`, {
    credentials: 'same-origin', headers: { Accept: 'application/json' },
  });
  if (response.status === 401) {
    window.location.assign(`${base}login`);
    return null;
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.message ?? `HTTP ${response.status}`);
  return body;
}

function apiParams() {
  const params = new URLSearchParams();
  for (const name of ['profession', 'variant', 'from', 'to']) params.set(name, form.elements[name].value);
  params.set('recompute', form.elements.recompute.checked ? 'true' : 'false');
  return params;
}

let map;
let drawn;

function legend(step, comparison) {
  const box = document.getElementById('evolution-legend');
  box.replaceChildren();
  box.append(el('strong', `Évolution de l'APL ${comparison.from.millesime} → ${comparison.to.millesime}`));
  box.append(el('div', comparison.unit, 'notice'));
  const fmt = (v) => number(step < 0.1 ? 3 : step < 1 ? 2 : 1).format(v);
  const labels = [`perte de plus de ${fmt(2 * step)}`, `perte de ${fmt(step)} à ${fmt(2 * step)}`,
    `perte de moins de ${fmt(step)}`, 'inchangée', `gain de moins de ${fmt(step)}`,
    `gain de ${fmt(step)} à ${fmt(2 * step)}`, `gain de plus de ${fmt(2 * step)}`];
  const list = el('ul');
  labels.forEach((label, i) => {
    const item = el('li');
    const swatch = el('span', null, 'swatch');
    swatch.style.background = DIVERGING[i];
    item.append(swatch, el('span', label));
    list.append(item);
  });
  const missing = el('li');
  const swatch = el('span', null, 'swatch');
  swatch.style.background = NO_DATA;
  missing.append(swatch, el('span', 'sans valeur à l\'un des millésimes'));
  list.append(missing);
  box.append(list);
  box.append(el('div', `Source : ${comparison.from.source}, millésime ${comparison.from.millesime} ; `
    + `${comparison.to.source}, millésime ${comparison.to.millesime}`, 'source'));
  box.append(el('div', `Temps de trajet ${comparison.to.travelModel}`, 'source'));
}

async function drawMap(comparison, level) {
  const rows = level === 'epci' ? comparison.epci : comparison.communes;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const maxAbs = Math.max(0, ...rows.map((r) => Math.abs(r.difference ?? 0)));
  const step = classStep(maxAbs);
  legend(step, comparison);
  if (!map) {
    map = L.map('evolution-map', { zoomSnap: 0.5 });
  }
  const shapes = await api.layer(level, 8);
  if (drawn) drawn.remove();
  drawn = L.geoJSON(shapes, {
    style: (feature) => {
      const row = byCode.get(feature.properties.code);
      const k = classOf(row?.difference, step);
      return { fillColor: k < 0 ? NO_DATA : DIVERGING[k], fillOpacity: 0.85, color: '#6b7280', weight: 0.4 };
    },
    onEachFeature: (feature, layer) => {
      const row = byCode.get(feature.properties.code);
      layer.bindTooltip(() => {
        const span = el('span', feature.properties.name);
        if (row?.difference != null) {
          span.append(el('br'), `${number(2).format(row.before)} → ${number(2).format(row.after)} `
            + `(${row.difference > 0 ? '+' : ''}${number(2).format(row.difference)})`);
        }
        return span;
      }, { sticky: true });
    },
  }).addTo(map);
  const bounds = drawn.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds);
  document.getElementById('evolution-map').dataset.classes = String(new Set(rows.map((r) => classOf(r.difference, step))).size);
}

function drawTable(comparison, level) {
  const rows = level === 'epci' ? comparison.epci : comparison.communes;
  document.getElementById('evolution-before').textContent = `APL ${comparison.from.millesime}`;
  document.getElementById('evolution-after').textContent = `APL ${comparison.to.millesime}`;
  const body = document.querySelector('#evolution-table tbody');
  body.replaceChildren();
  for (const r of rows.slice(0, SHOWN_ROWS)) {
    const tr = el('tr');
    tr.dataset.code = r.code;
    const diff = el('td', r.difference == null ? '—' : `${r.difference > 0 ? '+' : ''}${number(2).format(r.difference)}`,
      `number ${r.difference > 1e-9 ? 'gain' : r.difference < -1e-9 ? 'loss' : ''}`);
    tr.append(el('th', r.name), el('td', r.code), el('td', number(0).format(r.population), 'number'),
      el('td', r.before == null ? '—' : number(2).format(r.before), 'number'),
      el('td', r.after == null ? '—' : number(2).format(r.after), 'number'), diff);
    tr.firstChild.scope = 'row';
    body.append(tr);
  }
  document.getElementById('evolution-table-note').textContent = rows.length > SHOWN_ROWS
    ? `${SHOWN_ROWS} premières lignes sur ${rows.length} (plus fortes pertes d'abord) ; le CSV contient tout.`
    : `${rows.length} ${level === 'epci' ? 'EPCI' : 'communes'}, plus fortes pertes d'abord. `
      + (level === 'epci' ? 'APL d\'un EPCI : moyenne de ses communes pondérée par la population.' : '');
  document.getElementById('evolution-source').textContent = `APL en ${comparison.unit}. Praticiens : `
    + `${comparison.from.source} (millésime ${comparison.from.millesime}) et ${comparison.to.source} `
    + `(millésime ${comparison.to.millesime})${comparison.to.demo ? ' — données de démonstration' : ''}. `
    + `Populations et EPCI : ${comparison.territories.source}, millésime ${comparison.territories.millesime}.`;
}

async function show() {
  if (!form) return;
  const params = query();
  const level = form.elements.level.value;
  message.textContent = '';
  note.textContent = '';
  try {
    const comparison = await fetchComparison(apiParams());
    if (!comparison) return;
    note.textContent = comparison.note;
    document.getElementById('evolution-summary').textContent = `${comparison.professionLabel} : `
      + `${comparison.gains} communes gagnent, ${comparison.losses} perdent, ${comparison.unchanged} inchangées, `
      + `entre ${comparison.from.millesime} et ${comparison.to.millesime}.`;
    document.getElementById('evolution-csv').href = `${base}api/prospective/evolution.csv?${apiParams()}`;
    result.hidden = false;
    drawTable(comparison, level);
    await drawMap(comparison, level);
    page.dataset.state = 'ready';
  } catch (error) {
    result.hidden = true;
    message.textContent = error.message;
    page.dataset.state = 'refused';
  }
  return params;
}

show();
