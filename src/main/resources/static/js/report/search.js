// The /reports index: finds a territory by name or code through /api/territories (the map's
// search) and lists links to its report. Names reach the page through textContent only.
const root = document.querySelector('.reports-index');
const base = root.dataset.base || '/';
const level = document.getElementById('report-level');
const query = document.getElementById('report-query');
const results = document.getElementById('report-search-results');
const status = document.getElementById('report-search-status');
let pending = 0;

function item(territory) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `${base}reports/${encodeURIComponent(territory.level)}/${encodeURIComponent(territory.code)}`;
  a.textContent = territory.name;
  const meta = document.createElement('span');
  meta.className = 'meta';
  const people = territory.population == null ? '' : ` · ${territory.population.toLocaleString('fr-FR')} hab.`;
  meta.textContent = `${territory.code}${people}`;
  li.append(a, meta);
  return li;
}

async function search() {
  const text = query.value.trim();
  const ticket = ++pending;
  if (text.length < 2) {
    results.replaceChildren();
    status.textContent = '';
    return;
  }
  const params = new URLSearchParams({ level: level.value, q: text, limit: '20' });
  const response = await fetch(`${base}api/territories?${params}`, { headers: { Accept: 'application/json' } });
  if (ticket !== pending) return; // a newer search is on its way
  if (!response.ok) {
    status.textContent = 'La recherche a échoué.';
    return;
  }
  const found = await response.json();
  results.replaceChildren(...found.map(item));
  status.textContent = found.length === 0 ? 'Aucun territoire trouvé.' : `${found.length} territoire(s) trouvé(s).`;
}

document.getElementById('report-search-form').addEventListener('submit', (e) => { e.preventDefault(); search(); });
query.addEventListener('input', () => search());
level.addEventListener('change', () => search());
