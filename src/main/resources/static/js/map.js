// The interactive map page: wires the controls, the URL state, the contours, the indicator
// values, the legend, the territory card, the search and the practitioner points.
import { api } from './map/api.js';
import { clearCard, renderCard } from './map/card.js';
import { Choropleth } from './map/choropleth.js';
import { breaks, classIndex } from './map/classify.js';
import { debounce, el } from './map/dom.js';
import { available, INDICATORS } from './map/indicators.js';
import { extent, LayerSource } from './map/layers.js';
import { renderLegend, renderMissing } from './map/legend.js';
import { colours, NO_DATA } from './map/palette.js';
import { PractitionerLayer } from './map/practitioners.js';
import { attachSearch } from './map/search.js';
import { readState, writeState } from './map/url-state.js';

const CLASSES = 5;
const METHOD_LABELS = { quantile: 'quantiles', jenks: 'seuils naturels (Jenks)', fixed: 'seuils fixes' };
const VARIANT_LABELS = { all: 'tous les praticiens', 'under-65': 'praticiens de moins de 65 ans',
  'under-62': 'praticiens de moins de 62 ans' };
const SELECT_ZOOM = { commune: 11, epci: 10, departement: 8 };

const $ = (id) => document.getElementById(id);
const controls = ['level', 'indicator', 'profession', 'variant', 'method'];
const state = readState();
const mapElement = $('map');
const map = L.map(mapElement, { zoomSnap: 0.5, minZoom: 5, maxZoom: 16 });
const sources = { commune: new LayerSource('commune'), epci: new LayerSource('epci'),
  departement: new LayerSource('departement') };
const outlines = { departement: { weight: 2.2, color: '#1f2a37' }, epci: { weight: 1, color: '#3d4653' } };
const drawnOutlines = {};
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

function drawOutline(level, data) {
  const drawn = drawnOutlines[level];
  if (drawn && drawn.data === data) return;
  drawn?.layer.remove();
  const layer = data ? L.geoJSON(data, { interactive: false, style: { ...outlines[level], fill: false } }).addTo(map) : null;
  drawnOutlines[level] = { data, layer: layer ?? { remove() {} } };
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
    drawOutline('departement', data.departement);
    drawOutline('epci', state.level === 'commune' ? data.epci : null);
  } catch (e) {
    setStatus(`Contours indisponibles : ${e.message}`, true);
  }
}

function legendModel(layer, indicator, thresholds, palette, valueOf) {
  const counts = palette.map(() => 0);
  let noData = 0;
  const present = [];
  for (const v of layer.values) {
    const value = valueOf.get(v.code);
    if (value == null) noData++;
    else {
      counts[classIndex(value, thresholds)]++;
      present.push(value);
    }
  }
  const note = state.method === 'fixed' ? indicator.fixedNote(layer)
    : `${CLASSES} classes au plus, par ${METHOD_LABELS[state.method]}.`;
  return {
    title: indicator.label, unit: indicator.unit(layer), thresholds, colours: palette, counts, noData,
    digits: indicator.digits, note, range: present.length ? [Math.min(...present), Math.max(...present)] : [null],
    subtitle: `${layer.professionLabel}, ${VARIANT_LABELS[state.variant]}`,
    provenances: [layer.practitioners, layer.territories],
  };
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
  const indicator = INDICATORS[state.indicator];
  const valueOf = new Map(layer.values.map((v) => [v.code, indicator.value(v, layer)]));
  const finite = [...valueOf.values()].filter((v) => v != null && Number.isFinite(v));
  const thresholds = breaks(state.method, finite, CLASSES, indicator.fixed(layer));
  const palette = colours(thresholds.length + 1, indicator.higherIsBetter);
  choropleth.restyle((code) => {
    const value = valueOf.get(code);
    return value == null ? NO_DATA : palette[classIndex(value, thresholds)];
  });
  renderLegend($('legend'), legendModel(layer, indicator, thresholds, palette, valueOf));
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

/** Offers only the professions and variants that have a stored computation. */
async function applyRuns() {
  runsLoaded ??= api.runs().catch(() => null);
  const runs = (await runsLoaded) ?? [];
  const variantsOf = (profession) => new Set(runs.filter((r) => r.profession === profession).map((r) => r.variant));
  for (const option of $('profession').options) option.disabled = variantsOf(option.value).size === 0;
  const firstProfession = [...$('profession').options].find((o) => !o.disabled)?.value;
  if (variantsOf(state.profession).size === 0 && firstProfession) state.profession = firstProfession;
  const variants = variantsOf(state.profession);
  for (const option of $('variant').options) option.disabled = variants.size > 0 && !variants.has(option.value);
  if (variants.size > 0 && !variants.has(state.variant)) state.variant = variants.has('all') ? 'all' : [...variants][0];
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
  map.on('moveend', () => {
    const center = map.getCenter();
    Object.assign(state, { lat: center.lat, lon: center.lng, zoom: map.getZoom() });
    save();
  });
  map.on('moveend', debounce(() => {
    refreshGeometry();
    refreshPractitioners();
  }, 300));
  await refreshGeometry();
  if (state.selected) await select(state.selected.level, state.selected.code);
  $('practitioners-toggle').hidden = !(await practitioners.probe(state.profession));
  await refreshPractitioners();
  save();
  mapElement.dataset.ready = 'true';
}

start().catch((e) => setStatus(`Erreur : ${e.message}`, true));
