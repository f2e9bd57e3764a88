// The JSON APIs the map reads. A 404 resolves to null (a variant that does not exist, an endpoint
// not deployed yet); other failures reject, with the server's message when it sent one (400 on a
// malformed filter condition). Anonymous (401) sends the browser to the login page.

// The application root, from the page (the map, or any page that sets data-base).
const base = document.querySelector('[data-base]')?.dataset.base ?? '/';

function url(path, params = {}) {
  const query = params instanceof URLSearchParams ? params : new URLSearchParams();
  if (query !== params) {
    for (const [key, value] of Object.entries(params)) {
      if (value != null) query.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
  }
  const text = query.toString();
  return base + path + (text ? `?${text}` : '');
}

async function failure(response, path) {
  const body = await response.json().catch(() => null);
  return new Error(typeof body?.message === 'string' ? body.message : `HTTP ${response.status} sur ${path}`);
}

/** params: an object (arrays joined by commas) or URLSearchParams (repeated keys kept). */
async function getJson(path, params) {
  const response = await fetch(url(path, params), {
    credentials: 'same-origin', headers: { Accept: 'application/json, application/geo+json' },
  });
  if (response.status === 404) return null;
  if (response.status === 401) {
    window.location.assign(`${base}login`);
    throw new Error('session expirée');
  }
  if (!response.ok) throw await failure(response, path);
  return response.json();
}

const seg = encodeURIComponent;

/**
 * A layer sent as a topology (fr.oasis.map.LayerTopology: each shared border once, as an arc of
 * grid points given as differences) back to the GeoJSON FeatureCollection Leaflet draws.
 */
export function fromTopology(topology) {
  if (!topology || topology.type !== 'OasisTopology') return topology;
  const { scale } = topology;
  let startX = 0;
  let startY = 0;
  const arcs = topology.arcs.map((deltas) => {
    const points = [];
    let x = startX;
    let y = startY;
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i];
      y += deltas[i + 1];
      points.push([x / scale, y / scale]);
    }
    [startX, startY] = [startX + deltas[0], startY + deltas[1]];
    return points;
  });
  let previous = 0; // refs are differences of arc indices, the low bit saying "reversed"
  const ring = (refs) => {
    const points = [];
    for (const ref of refs) {
      previous += ref >> 1;
      const arc = ref & 1 ? arcs[previous].slice().reverse() : arcs[previous];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  const features = topology.features.map((f) => {
    const polygons = f.polygons.map((rings) => rings.map(ring));
    const geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', properties: { code: f.code, name: f.name }, geometry };
  });
  const { arcs: _arcs, features: _features, scale: _scale, ...members } = topology;
  return { ...members, type: 'FeatureCollection', features };
}

export const api = {
  layer: (level, zoom, bbox) =>
    getJson(`api/layers/${seg(level)}`, { zoom, bbox, format: 'topology' }).then(fromTopology),
  indicators: (level, profession, variant) =>
    getJson(`api/accessibility/${seg(level)}`, { profession, variant }),
  runs: () => getJson('api/accessibility/runs'),
  /** The groupings of a type with their communes: [{type, code, name, communes, partial, source, createdBy}]. */
  groupings: (type) => getJson('api/groupings', { type }),
  /** An imported indicator's values at every millésime for one territory: {label, unit, points: [{millesime, value, source}]}. */
  series: (id, level, code) => getJson(`api/indicators/${seg(id)}/series`, { level, code }),
  /** Territories per level present: {commune: 5115, ..., tvs: 232}. */
  summary: () => getJson('api/territories/summary'),
  search: (level, q, limit) => getJson('api/territories', { level, q, limit }),
  territory: (level, code) => getJson(`api/territories/${seg(level)}/${seg(code)}`),
  practitioners: (profession, zoom, bbox, ageClass) =>
    getJson('api/practitioners', { profession, zoom, bbox, ageClass: ageClass || null }),
  /** The territorial indicators of a level: [{id, label, unit, source, millesime, demo, parameters}]. */
  indicatorCatalogue: (level) => getJson('api/indicators', { level }),
  /**
   * One indicator's values at a millésime (year null: the latest): {id, label, unit, source,
   * millesime, millesimes (every one that can be asked for), demo, values: [{code, name, population, value}]}.
   */
  indicator: (id, level, profession, variant, year = null) =>
    getJson(`api/indicators/${seg(id)}`, { level, profession, variant, year }),
  /** query: URLSearchParams from filterQuery. */
  filter: (query) => getJson('api/filter', query),
  /** Services beyond practices as GeoJSON points (teleconsultation, mobile-unit stops, initiatives). */
  services: () => getJson('api/services/layer'),
  structures: () => getJson('api/structures/layer'),
};

/** The query of a multi-criteria filter: level, combine and one c= per condition expression. */
export function filterQuery(level, combine, expressions) {
  const query = new URLSearchParams({ level, combine });
  expressions.forEach((expression) => query.append('c', expression));
  return query;
}

/** The CSV download of the same filter. */
export function filterCsvUrl(query) {
  const csv = new URLSearchParams(query);
  csv.set('format', 'csv');
  return url('api/filter', csv);
}

/** The filter's retained territories as a GIS file ({@code gpkg} or {@code geojson}), every indicator as attributes. */
export function filterFileUrl(query, extension) {
  const params = new URLSearchParams(query);
  params.delete('format');
  return url(`api/filter.${extension}`, params);
}

/**
 * A map layer as a GIS file: {@code extension} gpkg or geojson; {@code indicator} null for every
 * indicator; {@code crs} null (WGS84) or 'EPSG:2154'.
 */
export function layerFileUrl(level, extension, { indicator = null, profession = null, variant = null, crs = null } = {}) {
  const params = new URLSearchParams();
  if (indicator) params.set('indicator', indicator);
  if (profession) params.set('profession', profession);
  if (variant) params.set('variant', variant);
  if (crs) params.set('crs', crs);
  return url(`api/layers/${level}.${extension}`, params);
}

/** The report of a set of communes (e.g. a commune-level filter's matches). */
export function selectionReportUrl(codes, name) {
  return url('reports/selection', { communes: codes, name });
}

/** The link of a territory's report page. */
export function reportUrl(level, code) {
  return `${base}reports/${seg(level)}/${seg(code)}`;
}
