// The JSON APIs the map reads. A 404 resolves to null (a variant that does not exist, an endpoint
// not deployed yet); other failures reject. Anonymous (401) sends the browser to the login page.

const base = document.getElementById('map')?.dataset.base ?? '/';

function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null) query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = query.toString();
  return base + path + (text ? `?${text}` : '');
}

async function getJson(path, params) {
  const response = await fetch(url(path, params), {
    credentials: 'same-origin', headers: { Accept: 'application/json, application/geo+json' },
  });
  if (response.status === 404) return null;
  if (response.status === 401) {
    window.location.assign(`${base}login`);
    throw new Error('session expirée');
  }
  if (!response.ok) throw new Error(`HTTP ${response.status} sur ${path}`);
  return response.json();
}

const seg = encodeURIComponent;

export const api = {
  layer: (level, zoom, bbox) => getJson(`api/layers/${seg(level)}`, { zoom, bbox }),
  indicators: (level, profession, variant) =>
    getJson(`api/accessibility/${seg(level)}`, { profession, variant }),
  runs: () => getJson('api/accessibility/runs'),
  search: (level, q, limit) => getJson('api/territories', { level, q, limit }),
  territory: (level, code) => getJson(`api/territories/${seg(level)}/${seg(code)}`),
  practitioners: (profession, zoom, bbox) => getJson('api/practitioners', { profession, zoom, bbox }),
};

/** The link of a territory's report page (the pages themselves come later). */
export function reportUrl(level, code) {
  return `${base}reports/${seg(level)}/${seg(code)}`;
}
