// The interactive map page: wires the controls, the URL state, the contours, the indicator
// values, the legend, the territory card, the search and the practitioner points.
import { api } from './map/api.js';
import { clearCard, renderCard } from './map/card.js';
import { Choropleth } from './map/choropleth.js';
import { debounce, el } from './map/dom.js';
import { available, INDICATORS } from './map/indicators.js';
import { extent, LayerSource } from './map/layers.js';
import { renderLegend, renderMissing } from './map/legend.js';
import { Outlines } from './map/outlines.js';
import { NO_DATA } from './map/palette.js';
import { PractitionerLayer } from './map/practitioners.js';
import { attachSearch } from './map/search.js';
import { classification, legendModel } from './map/styling.js';
import { offerRuns } from './map/runs.js';
import { readState, writeState } from './map/url-state.js';

const SELECT_ZOOM = { commune: 11, epci: 10, departement: 8 };

const $ = (id) => document.getElementById(id);
const controls = ['level', 'indicator', 'profession', 'variant', 'method'];
const state = readState();
const mapElement = $('map');
const map = L.map(mapElement, { zoomSnap: 0.5, minZoom: 5, maxZoom: 16 });
const sources = { commune: new LayerSource('commune'), epci: new LayerSource('epci'),
  departement: new LayerSource('departement') };
const outlines = new Outlines(map);
const indicatorCache = new Map();
const choropleth = new Choropleth(map, (code) => select(state.level, code));
const practitioners = new PractitionerLayer(map);
let detail = null;
let geometryRun = 0;
let colourRun = 0;

function setStatus(text, error = false) {
  $('map-status').textContent = text;
  $('map-status').classList.toggle('error', error);
}

const save = () => writeState(state);

function indicatorLayer(level) {
  const key = `${level}|${state.profession}|${state.variant}`;
  if (!indicatorCache.has(key)) {
    indicatorCache.set(key, api.indicators(level, state.profession, state.variant).catch((e) => {
      indicatorCache.delete(key);
      throw e;
    }));
  }
  return indicatorCache.get(key);
}

/** Loads the contours the view needs (debounced on moves) and draws what changed. */
async function refreshGeometry() {
  const run = ++geometryRun;
  const levels = [...new Set([state.level, 'departement', ...(state.level === 'commune' ? ['epci'] : [])])];
  try {
    const loaded = await Promise.all(levels.map((level) => sources[level].load(map)));
    if (run !== geometryRun) return;
    const data = Object.fromEntries(levels.map((level, i) => [level, loaded[i]]));
    if (choropleth.data !== data[state.level]) {
      choropleth.draw(data[state.level]);
      await recolour();
    }
    outlines.draw('departement', data.departement);
    outlines.draw('epci', state.level === 'commune' ? data.epci : null);
  } catch (e) {
    setStatus(`Contours indisponibles : ${e.message}`, true);
  }
}

function syncIndicatorOptions(layer) {
  for (const option of $('indicator').options) option.disabled = !available(option.value, layer);
  if (!available(state.indicator, layer)) {
    state.indicator = 'apl';
    $('indicator').value = 'apl';
    save();
  }
}

/** Colours the drawn contours from the (cached) indicator values of the level. */
async function recolour() {
  const run = ++colourRun;
  let layer;
  try {
    layer = await indicatorLayer(state.level);
  } catch (e) {
    setStatus(`Indicateurs indisponibles : ${e.message}`, true);
    return;
  }
  if (run !== colourRun) return;
  if (!layer) {
    choropleth.restyle(() => NO_DATA);
    renderMissing($('legend'), 'Aucun calcul pour cette profession et cette variante '
      + '(les âges des praticiens sont peut-être inconnus).');
    setStatus('Pas de données pour ce choix.');
    return;
  }
  syncIndicatorOptions(layer);
  const classes = classification(layer, state.indicator, state.method);
  choropleth.restyle(classes.colourOf);
  renderLegend($('legend'), legendModel(layer, state, classes));
  setStatus('');
  await updateCard();
}

async function valueAt(level, code) {
  const layer = await indicatorLayer(level).catch(() => null);
  const found = layer?.values.find((v) => v.code === code);
  return { layer, value: found ? INDICATORS[state.indicator].value(found, layer) : null };
}

async function updateCard() {
  if (!detail) {
    clearCard($('card'));
    return;
  }
  const shown = detail;
  const parents = shown.parents.filter((p) => p.level === 'departement' || p.level === 'region');
  const [own, ...others] = await Promise.all([valueAt(shown.level, shown.code),
    ...parents.map((p) => valueAt(p.level, p.code))]);
  if (shown !== detail) return;
  const indicator = INDICATORS[state.indicator];
  renderCard($('card'), {
    detail: shown, indicatorLabel: indicator.label, digits: indicator.digits, value: own.value,
    unit: own.layer ? indicator.unit(own.layer) : '',
    comparisons: parents.map((p, i) => ({ level: p.level, name: p.name, value: others[i].value })),
  });
}

const wholeLevels = new Map();

async function zoomTo(found) {
  const bounds = found.level === state.level ? choropleth.boundsOf(found.code) : null;
  if (bounds) return map.fitBounds(bounds, { maxZoom: SELECT_ZOOM[found.level] });
  if (found.referencePoint) {
    const [lon, lat] = found.referencePoint;
    return map.setView([lat, lon], SELECT_ZOOM[found.level]);
  }
  if (!wholeLevels.has(found.level)) wholeLevels.set(found.level, api.layer(found.level, 6));
  const whole = await wholeLevels.get(found.level);
  const feature = whole?.features.find((f) => f.properties.code === found.code);
  if (feature) map.fitBounds(L.geoJSON(feature).getBounds(), { maxZoom: SELECT_ZOOM[found.level] });
}

/** Selects a territory: highlight, card, URL; zooms to it when asked (search). */
async function select(level, code, zoom = false) {
  state.selected = { level, code };
  save();
  choropleth.select(level === state.level ? code : null);
  const found = await api.territory(level, code).catch(() => null);
  if (!found || state.selected?.code !== code) {
    if (!found) setStatus('Territoire introuvable.', true);
    return;
  }
  detail = found;
  if (zoom) await zoomTo(found);
  await updateCard();
}

function setLevel(level) {
  state.level = level;
  $('level').value = level;
  save();
  refreshGeometry();
}

let runsLoaded = null;

async function applyRuns() {
  runsLoaded ??= api.runs().catch(() => null);
  const runs = (await runsLoaded) ?? [];
  Object.assign(state, offerRuns(runs, { profession: $('profession'), variant: $('variant') }, state));
  if (runs.length === 0) setStatus('Aucun indicateur calculé : importez des praticiens.', true);
  controls.forEach((id) => { $(id).value = state[id]; });
}

function onControlChange(id) {
  state[id] = $(id).value;
  save();
  if (id === 'level') setLevel(state.level);
  else if (id === 'profession') applyRuns().then(recolour).then(refreshPractitioners);
  else recolour();
}

async function refreshPractitioners() {
  if (!state.practitioners || $('practitioners-toggle').hidden) {
    practitioners.hide();
    return;
  }
  await practitioners.show(state.profession).catch((e) => setStatus(`Professionnels indisponibles : ${e.message}`, true));
}

function escapedText(text) {
  return el('span', { text }).innerHTML;
}

function rememberView() {
  const center = map.getCenter();
  Object.assign(state, { lat: center.lat, lon: center.lng, zoom: map.getZoom() });
  save();
}

async function firstView() {
  if (state.lat != null && state.zoom != null) {
    map.setView([state.lat, state.lon], state.zoom);
    return;
  }
  const bounds = await extent('departement').catch(() => null);
  if (bounds) map.fitBounds(bounds);
  else map.setView([46.6, 2.4], 6);
}

async function start() {
  const tileUrl = mapElement.dataset.tileUrl;
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: escapedText(mapElement.dataset.tileAttribution ?? '') }).addTo(map);
  }
  $('indicator').replaceChildren(...Object.entries(INDICATORS)
    .map(([key, indicator]) => el('option', { value: key, text: indicator.label })));
  $('map-controls').addEventListener('submit', (event) => event.preventDefault());
  controls.forEach((id) => $(id).addEventListener('change', () => onControlChange(id)));
  $('show-practitioners').checked = state.practitioners;
  $('show-practitioners').addEventListener('change', () => {
    state.practitioners = $('show-practitioners').checked;
    save();
    refreshPractitioners();
  });
  attachSearch($('search'), $('search-results'), (item) => {
    if (item.level !== state.level) setLevel(item.level);
    select(item.level, item.code, true);
  });
  setStatus('Chargement…');
  await applyRuns();
  await firstView();
  map.on('moveend', rememberView);
  map.on('moveend', debounce(() => {
    refreshGeometry();
    refreshPractitioners();
  }, 300));
  await refreshGeometry();
  if (state.selected) await select(state.selected.level, state.selected.code);
  $('practitioners-toggle').hidden = !(await practitioners.probe(state.profession));
  await refreshPractitioners();
  rememberView();
  mapElement.dataset.ready = 'true';
}

start().catch((e) => setStatus(`Erreur : ${e.message}`, true));
