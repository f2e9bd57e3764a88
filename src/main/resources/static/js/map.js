// The interactive map page: wires the controls, the URL state, the contours, the indicator
// values, the legend, the territory card, the search, the practitioner points and the filter.
import { api, layerFileUrl } from './map/api.js';
import { clearCard, renderCard } from './map/card.js';
import { Choropleth } from './map/choropleth.js';
import { debounce, el } from './map/dom.js';
import { MapFilter } from './map/filter.js';
import { available, INDICATORS, titleOf } from './map/indicators.js';
import { extent, LayerSource } from './map/layers.js';
import { renderLegend, renderMissing } from './map/legend.js';
import { Outlines } from './map/outlines.js';
import { NO_DATA } from './map/palette.js';
import { PractitionerLayer } from './map/practitioners.js';
import { attachServices } from './map/services.js';
import { attachStructures } from './map/structures.js';
import { attachSearch } from './map/search.js';
import { GROUPING_LEVELS, offerGroupings, presentGroupings } from './map/groupings.js';
import { classification, legendModel } from './map/styling.js';
import { offerRuns } from './map/runs.js';
import { readState, writeState } from './map/url-state.js';
import { chosenYear, offerYears } from './map/years.js';

const SELECT_ZOOM = { commune: 11, epci: 10, departement: 8,
  ...Object.fromEntries(Object.keys(GROUPING_LEVELS).map((level) => [level, 9])) };

const $ = (id) => document.getElementById(id);
const controls = ['level', 'indicator', 'profession', 'variant', 'method', 'outline'];
const state = readState();
const mapElement = $('map');
const map = L.map(mapElement, { zoomSnap: 0.5, minZoom: 5, maxZoom: 16 });
const sources = Object.fromEntries(['commune', 'epci', 'departement', ...Object.keys(GROUPING_LEVELS)]
  .map((level) => [level, new LayerSource(level)]));
const outlines = new Outlines(map);
const cache = new Map();
const choropleth = new Choropleth(map, (code) => select(state.level, code));
const practitioners = new PractitionerLayer(map);
let detail = null;
/** Levels the search box queries: communes, EPCI and the grouping levels present. */
const searchLevels = ['commune', 'epci'];
let geometryRun = 0;
let colourRun = 0;

function setStatus(text, error = false) {
  $('map-status').textContent = text;
  $('map-status').classList.toggle('error', error);
}

const save = () => writeState(state);

/** A request made once per key; a failure is forgotten so the next call retries. */
function cached(key, load) {
  if (!cache.has(key)) {
    cache.set(key, load().catch((e) => {
      cache.delete(key);
      throw e;
    }));
  }
  return cache.get(key);
}

const accessibilityLayer = (level) => cached(`accessibility|${level}|${state.profession}|${state.variant}`,
  () => api.indicators(level, state.profession, state.variant));
const territorialLayer = (level, id) => cached(`indicator|${level}|${id}|${state.year ?? ''}`,
  () => api.indicator(id, level, null, null, state.year));
/** The /api/indicators list of a level; null when the endpoint is not deployed or fails. */
const catalogue = (level) => cached(`catalogue|${level}`, () => api.indicatorCatalogue(level).catch(() => null));

/** The answer an indicator is drawn from (accessibility layer or territorial values); null off its levels. */
function layerOf(level, key) {
  const indicator = INDICATORS[key];
  if (indicator.source === 'accessibility') return accessibilityLayer(level);
  return indicator.levels.includes(level) ? territorialLayer(level, key) : Promise.resolve(null);
}

/** Loads the contours the view needs (debounced on moves) and draws what changed. */
async function refreshGeometry() {
  const run = ++geometryRun;
  const over = state.outline && state.outline !== state.level ? [state.outline] : [];
  const levels = [...new Set([state.level, 'departement', ...(state.level === 'commune' ? ['epci'] : []), ...over])];
  try {
    const loaded = await Promise.all(levels.map((level) => sources[level].load(map)));
    if (run !== geometryRun) return;
    const data = Object.fromEntries(levels.map((level, i) => [level, loaded[i]]));
    if (choropleth.data !== data[state.level]) {
      choropleth.draw(data[state.level]);
      filter.setData(data[state.level]);
      await recolour();
    }
    outlines.draw('departement', data.departement);
    outlines.draw('epci', state.level === 'commune' && !state.outline ? data.epci : null);
    Object.keys(GROUPING_LEVELS).forEach((level) => outlines.draw(level, over.includes(level) ? data[level] : null));
  } catch (e) {
    setStatus(`Contours indisponibles : ${e.message}`, true);
  }
}

/** Offers the indicators the level has; falls back to APL when the chosen one is not offered. */
function syncIndicatorOptions(accessibility, listed) {
  for (const option of $('indicator').options) {
    option.disabled = !available(option.value, accessibility, listed);
    option.hidden = INDICATORS[option.value].source === 'territorial' && option.disabled;
  }
  if (!available(state.indicator, accessibility, listed)) {
    state.indicator = 'apl';
    $('indicator').value = 'apl';
    save();
  }
}

/** The layer of the chosen indicator on a level, after offering what that level has. */
async function currentLayer(level) {
  const [accessibility, list] = await Promise.all([accessibilityLayer(level), catalogue(level)]);
  syncIndicatorOptions(accessibility, new Set((list ?? []).map((i) => i.id)));
  return layerOf(level, state.indicator);
}

/** Points the download links at the layer on screen (level, indicator, profession, variant, CRS). */
function updateDownloads() {
  const crs = $('download-l93').checked ? 'EPSG:2154' : null;
  const byProfession = INDICATORS[state.indicator]?.source !== 'territorial';
  const chosen = {
    indicator: state.indicator, crs,
    profession: byProfession ? state.profession : null, variant: byProfession ? state.variant : null,
  };
  $('download-gpkg').href = layerFileUrl(state.level, 'gpkg', chosen);
  $('download-geojson').href = layerFileUrl(state.level, 'geojson', chosen);
  $('download-all-gpkg').href = layerFileUrl(state.level, 'gpkg', { crs });
}
$('download-l93').addEventListener('change', updateDownloads);

/** Colours the drawn contours from the (cached) indicator values of the level. */
async function recolour() {
  updateDownloads();
  const run = ++colourRun;
  let layer;
  try {
    layer = await currentLayer(state.level);
  } catch (e) {
    setStatus(`Indicateurs indisponibles : ${e.message}`, true);
    return;
  }
  if (run !== colourRun) return;
  if (!layer) {
    offerYears($('year-choice'), $('year'), null, null);
    choropleth.restyle(() => NO_DATA);
    renderMissing($('legend'), INDICATORS[state.indicator].source === 'territorial'
      ? 'Cet indicateur n\'est pas disponible pour ce niveau.'
      : 'Aucun calcul pour cette profession et cette variante (les âges des praticiens sont peut-être inconnus).');
    setStatus('Pas de données pour ce choix.');
    return;
  }
  offerYears($('year-choice'), $('year'), layer, state.year);
  const classes = classification(layer, state.indicator, state.method);
  choropleth.restyle(classes.colourOf);
  renderLegend($('legend'), legendModel(layer, state, classes));
  setStatus('');
  await updateCard();
}

async function valueAt(level, code) {
  const layer = await layerOf(level, state.indicator).catch(() => null);
  const found = layer?.values.find((v) => v.code === code);
  return { layer, value: found ? INDICATORS[state.indicator].value(found, layer) : null,
    estimated: found?.estimated === true };
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
  // Imported indicators have a series per territory (e.g. the GP density of a TVS, 2009-2021).
  const series = indicator.source === 'territorial' && !COMPUTED.has(state.indicator)
    ? await api.series(state.indicator, shown.level, shown.code).catch(() => null) : null;
  if (shown !== detail) return;
  renderCard($('card'), {
    series,
    detail: shown, indicatorLabel: titleOf(indicator, own.layer)
      + (own.layer?.millesimes?.length > 1 ? ` (millésime ${own.layer.millesime})` : ''), digits: indicator.digits, value: own.value,
    estimated: own.estimated, unit: own.layer ? indicator.unit(own.layer) : '', classLabels: indicator.categorical,
    comparisons: parents.map((p, i) => ({ level: p.level, name: p.name, value: others[i].value,
      estimated: others[i].estimated })),
  });
}

/** Territorial indicators Oasis computes from the latest data (no series). */
const COMPUTED = new Set(['density', 'share75', 'share60']);

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

async function setLevel(level) {
  state.level = level;
  $('level').value = level;
  save();
  refreshGeometry();
  filter.setLevel(level, await catalogue(level));
  await filter.apply();
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
  if (id === 'indicator') state.year = null;
  save();
  if (id === 'level') setLevel(state.level);
  else if (id === 'outline') refreshGeometry();
  else if (id === 'profession') applyRuns().then(recolour).then(refreshPractitioners);
  else recolour();
}

async function refreshPractitioners() {
  if (!state.practitioners || $('practitioners-toggle').hidden) {
    practitioners.hide();
    return;
  }
  await practitioners.show(state.profession, state.ageClass).catch((e) => setStatus(`Professionnels indisponibles : ${e.message}`, true));
}

const filter = new MapFilter(map, {
  form: $('filter-form'), results: $('filter-results'), professions: $('profession'), variants: $('variant'),
}, {
  onChange: (applied) => {
    state.filter = applied;
    save();
  },
  onChoose: (code) => select(state.level, code, true),
  setStatus,
});

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
  // The legend covers the right of a wide map: keep the territory beside it, not under it.
  const legendWidth = mapElement.clientWidth > 800 ? 320 : 0;
  if (bounds) map.fitBounds(bounds, { paddingTopLeft: [10, 10], paddingBottomRight: [legendWidth, 10] });
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
  $('year').addEventListener('change', async () => {
    state.year = chosenYear($('year'), await layerOf(state.level, state.indicator).catch(() => null));
    save();
    recolour();
  });
  $('show-practitioners').checked = state.practitioners;
  $('age-class').value = state.ageClass;
  $('age-class').addEventListener('change', () => {
    state.ageClass = $('age-class').value;
    save();
    refreshPractitioners();
  });
  $('show-practitioners').addEventListener('change', () => {
    state.practitioners = $('show-practitioners').checked;
    save();
    refreshPractitioners();
  });
  attachSearch($('search'), $('search-results'), (item) => {
    if (item.level !== state.level) setLevel(item.level);
    select(item.level, item.code, true);
  }, searchLevels);
  setStatus('Chargement…');
  const present = presentGroupings(await api.summary().catch(() => null));
  offerGroupings($('level'), $('outline'), present);
  searchLevels.push(...present);
  $('outline-choice').hidden = present.length === 0;
  if (!present.includes(state.level) && GROUPING_LEVELS[state.level]) state.level = 'commune';
  if (!present.includes(state.outline)) state.outline = '';
  controls.forEach((id) => { $(id).value = state[id]; });
  await applyRuns();
  await firstView();
  map.on('moveend', rememberView);
  map.on('moveend', debounce(() => {
    refreshGeometry();
    refreshPractitioners();
  }, 300));
  filter.setLevel(state.level, await catalogue(state.level));
  await refreshGeometry();
  await filter.restore(state.filter);
  if (state.selected) await select(state.selected.level, state.selected.code);
  $('practitioners-toggle').hidden = !(await practitioners.probe(state.profession));
  $('practitioner-age').hidden = $('practitioners-toggle').hidden;
  await refreshPractitioners();
  await attachServices(map, $('practitioners-toggle'));
  await attachStructures(map, $('practitioner-age'));
  rememberView();
  mapElement.dataset.ready = 'true';
}

start().catch((e) => setStatus(`Erreur : ${e.message}`, true));
