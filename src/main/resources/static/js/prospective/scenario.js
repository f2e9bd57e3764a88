// The scenario page: builds a list of changes (installations, departures, a MSP opening), asks
// the server what they do (POST /api/prospective/scenarios/evaluate, or the saved scenario's
// outcome for readers), and shows the two maps, the summary and the tables of the profession
// chosen. Saving posts (or puts) the draft; the page then moves to the scenario's own URL.
import { api } from '../map/api.js';
import { el, fill } from '../map/dom.js';
import { withUnit } from '../french-numbers.js';
import { attachSearch } from '../map/search.js';
import { ScenarioMaps } from './scenario-maps.js';
import { renderCommunes, renderEpcis, renderSummary } from './scenario-tables.js';

const $ = (id) => document.getElementById(id);
const page = $('scenario-page');
const base = page.dataset.base;
const scenarioId = page.dataset.scenarioId || null;
const editable = page.dataset.editable === 'true';
const token = $('csrf-token');
const draft = { name: '', variant: 'all', retirementYears: null, changes: [] };
const baselines = new Map();
let outcome = null;
let chosenCommune = null;
let evaluation = 0;

const maps = new ScenarioMaps($('map-after'), $('map-diff'), $('legend-after'), $('legend-diff'));

function status(text, error = false) {
  $('scenario-status').textContent = text;
  $('scenario-status').classList.toggle('error', error);
}

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [token.dataset.header]: token.value },
    body: body == null ? undefined : JSON.stringify(body),
  });
  const json = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(json?.message ?? `erreur HTTP ${response.status}`);
  return json;
}

const get = (path) => call('GET', path);

function baseline(profession) {
  const key = `${profession}|${draft.variant}|${draft.retirementYears ?? ''}`;
  if (!baselines.has(key)) {
    baselines.set(key, get(`api/prospective/scenarios/baseline?profession=${encodeURIComponent(profession)}`
      + `&variant=${encodeURIComponent(draft.variant)}`
      + (draft.retirementYears ? `&retirementYears=${draft.retirementYears}` : '')).catch((e) => { baselines.delete(key); throw e; }));
  }
  return baselines.get(key);
}

function renderChanges() {
  const items = draft.changes.map((c, i) => {
    const remove = editable ? el('button', { type: 'button', class: 'remove', text: 'Retirer',
      'aria-label': `Retirer le changement ${i + 1}` }) : null;
    remove?.addEventListener('click', () => {
      draft.changes.splice(i, 1);
      renderChanges();
      evaluate();
    });
    return el('li', { class: 'change' }, el('span', { text: c.summary ?? describe(c) }), remove);
  });
  fill($('changes'), ...items);
  $('no-change').hidden = draft.changes.length > 0;
}

/** Profession labels from the team select of the page. */
const LABELS = new Map([...($('team-row')?.content.querySelectorAll('option') ?? [])]
  .map((o) => [o.value, o.textContent.toLowerCase()]));

function describe(c) {
  const team = Object.entries(c.practitioners).map(([p, n]) => `${n} ${LABELS.get(p) ?? p}`).join(', ');
  const what = { installation: 'installation', depart: 'départ', msp: 'ouverture d\'une MSP' }[c.kind];
  return `${c.communeName} (${c.commune}) : ${what} — ${team}`;
}

async function evaluate() {
  const run = ++evaluation;
  status('Calcul en cours…');
  try {
    const body = { variant: draft.variant, retirementYears: draft.retirementYears,
      changes: draft.changes.map(({ kind, commune, practitioners }) => ({ kind, commune, practitioners })) };
    const result = editable || !scenarioId ? await call('POST', 'api/prospective/scenarios/evaluate', body)
      : await get(`api/prospective/scenarios/${scenarioId}/outcome`);
    if (run !== evaluation) return;
    outcome = result;
    const select = $('shown-profession');
    const previous = select.value;
    fill(select, ...outcome.professions.map((p) => el('option', { value: p.profession, text: p.label })));
    if (outcome.professions.some((p) => p.profession === previous)) select.value = previous;
    $('compute-time').textContent = `calculé en ${withUnit(outcome.computeMicros / 1000, 'ms')}`;
    await show();
    status('');
  } catch (e) {
    if (run === evaluation) status(e.message, true);
  }
}

async function show() {
  const p = outcome.professions.find((x) => x.profession === $('shown-profession').value) ?? outcome.professions[0];
  const layer = await baseline(p.profession);
  maps.show(layer, p);
  renderSummary($('summary'), p);
  renderCommunes($('commune-table'), $('commune-more'), p);
  renderEpcis($('epci-table'), p);
  fill($('sources'), ...outcome.sources.map((s) => el('p', { class: 'source', text: s })),
    el('p', { class: 'source', text: `« Avant » : la ${outcome.baseline}, praticiens ${outcome.variantLabel}.`
      + (outcome.baselineEstimate ? ' Estimation : les valeurs « avant » sont des valeurs attendues.' : '') }));
}

function teamRow() {
  const row = $('team-row').content.firstElementChild.cloneNode(true);
  $('team').append(row);
  return row;
}

function readChange() {
  if (!chosenCommune) throw new Error('Choisissez une commune dans la liste.');
  const practitioners = {};
  for (const row of $('team').querySelectorAll('.team-row')) {
    const key = row.querySelector('.team-profession').value;
    practitioners[key] = (practitioners[key] ?? 0) + Number(row.querySelector('.team-count').value);
  }
  return { kind: $('change-kind').value, commune: chosenCommune.code, communeName: chosenCommune.name, practitioners };
}

async function save() {
  const body = { name: $('scenario-name').value, variant: draft.variant, retirementYears: draft.retirementYears,
    changes: draft.changes.map(({ kind, commune, practitioners }) => ({ kind, commune, practitioners })) };
  try {
    const saved = scenarioId ? await call('PUT', `api/prospective/scenarios/${scenarioId}`, body)
      : await call('POST', 'api/prospective/scenarios', body);
    window.location.assign(`${base}prospective/scenarios/${saved.id}`);
  } catch (e) {
    status(e.message, true);
  }
}

if (editable) {
  teamRow();
  attachSearch($('change-commune'), $('change-commune-results'), (item) => { chosenCommune = item; }, ['commune']);
  $('change-commune').addEventListener('input', () => { chosenCommune = null; });
  $('team-add').addEventListener('click', () => teamRow());
  $('change-form').addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      const change = readChange();
      draft.changes.push(change);
      renderChanges();
      evaluate();
    } catch (e) {
      status(e.message, true);
    }
  });
  $('scenario-save').addEventListener('click', save);
}
$('variant').addEventListener('change', () => { draft.variant = $('variant').value; evaluate(); });
$('retirement-years').addEventListener('change', () => {
  draft.retirementYears = $('retirement-years').value ? Number($('retirement-years').value) : null;
  evaluate();
});
$('shown-profession').addEventListener('change', () => show().catch((e) => status(e.message, true)));

(async () => {
  try {
    const contours = api.layer('commune', 9);
    if (scenarioId) {
      const saved = await get(`api/prospective/scenarios/${scenarioId}`);
      Object.assign(draft, { name: saved.name, variant: saved.variant, retirementYears: saved.retirementYears,
        changes: saved.changes });
      $('variant').value = saved.variant;
      $('retirement-years').value = saved.retirementYears ?? '';
    }
    renderChanges();
    maps.contours(await contours);
    await evaluate();
  } catch (e) {
    status(e.message, true);
  }
})();
