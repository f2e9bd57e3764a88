// The map state lives in the query string (?level=commune&indicator=apl&...&sel=commune:9A001;
// year=2012 for a millésime other than the latest of a series) so
// a view can be shared and reloaded. Unknown or malformed values fall back to the defaults. The
// applied filter is fc=and|or and one f=<expression> per condition (see filter-model.js).
import { COMBINES, expressionOf, parseExpression } from './filter-model.js';
import { GROUPING_LEVELS } from './groupings.js';
import { INDICATORS } from './indicators.js';

const CHOICES = {
  level: ['commune', 'epci', 'departement', ...Object.keys(GROUPING_LEVELS)],
  outline: ['', ...Object.keys(GROUPING_LEVELS)],
  indicator: Object.keys(INDICATORS),
  variant: ['all', 'under-65', 'under-62'],
  method: ['quantile', 'jenks', 'fixed'],
};

/** Indicator keys of earlier versions, so that shared links keep working. */
const RENAMED = { beyond20Aged75: 'beyond20aged75' };

/** The practitioner age classes of /api/practitioners (never free text in the URL). */
export const AGE_CLASSES = ['moins de 40 ans', '40-54 ans', '55-59 ans', '60-64 ans', '65 ans et plus'];

export const DEFAULTS = {
  level: 'commune', indicator: 'apl', profession: 'MG', variant: 'all', method: 'quantile', outline: '',
  lat: null, lon: null, zoom: null, selected: null, practitioners: false, ageClass: '', year: null,
  filter: { combine: 'and', conditions: [] },
};

const MAX_CONDITIONS = 12;

function filter(params) {
  const conditions = params.getAll('f').slice(0, MAX_CONDITIONS).map(parseExpression).filter(Boolean);
  const combine = COMBINES.includes(params.get('fc')) ? params.get('fc') : 'and';
  return { combine, conditions };
}

function number(text, min, max) {
  if (text == null || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

function selection(text) {
  const match = /^(commune|epci|departement|tvs|cpts|cls|petr|bassin_vie|perimetre):([0-9A-Za-z_-]{1,16})$/.exec(text ?? '');
  return match ? { level: match[1], code: match[2] } : null;
}

/** The state the current URL describes. */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = { ...DEFAULTS };
  const indicator = params.get('indicator');
  if (Object.hasOwn(RENAMED, indicator ?? '')) params.set('indicator', RENAMED[indicator]);
  for (const [key, allowed] of Object.entries(CHOICES)) {
    if (allowed.includes(params.get(key))) state[key] = params.get(key);
  }
  const profession = params.get('profession');
  if (profession && /^[A-Z]{2,16}$/.test(profession)) state.profession = profession;
  state.lat = number(params.get('lat'), -90, 90);
  state.lon = number(params.get('lon'), -180, 180);
  state.zoom = number(params.get('z'), 0, 22);
  const year = number(params.get('year'), 1800, 2200);
  state.year = Number.isInteger(year) ? year : null;
  state.selected = selection(params.get('sel'));
  state.practitioners = params.get('pros') === '1';
  if (AGE_CLASSES.includes(params.get('age'))) state.ageClass = params.get('age');
  state.filter = filter(params);
  return state;
}

/** Replaces the URL (no new history entry per pan) with the state. */
export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of ['level', 'indicator', 'profession', 'variant', 'method']) params.set(key, state[key]);
  if (state.lat != null) {
    params.set('lat', state.lat.toFixed(5));
    params.set('lon', state.lon.toFixed(5));
    params.set('z', String(Math.round(state.zoom * 2) / 2));
  }
  if (state.outline) params.set('outline', state.outline);
  if (state.year != null) params.set('year', String(state.year));
  if (state.selected) params.set('sel', `${state.selected.level}:${state.selected.code}`);
  if (state.practitioners) params.set('pros', '1');
  if (state.ageClass) params.set('age', state.ageClass);
  if (state.filter.conditions.length > 0) {
    params.set('fc', state.filter.combine);
    state.filter.conditions.forEach((condition) => params.append('f', expressionOf(condition)));
  }
  window.history.replaceState(null, '', `${window.location.pathname}?${params}`);
}
