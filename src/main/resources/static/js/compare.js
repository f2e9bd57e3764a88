// The comparison page: the table is rendered by the server from the URL; this script only edits
// the URL. Choosing a territory in the search box adds its code to `codes`, changing the level
// starts a new selection. The reloaded page is the shareable state.
import { attachSearch } from './map/search.js';

const root = document.getElementById('compare');
const base = root.dataset.base;
const level = root.dataset.level;
const max = Number(root.dataset.max);
const codes = root.dataset.codes ? root.dataset.codes.split(',') : [];
const message = document.getElementById('compare-message');

function go(nextLevel, nextCodes) {
  const query = new URLSearchParams({ level: nextLevel });
  if (nextCodes.length > 0) query.set('codes', nextCodes.join(','));
  window.location.assign(`${base}reports/compare?${query}`);
}

attachSearch(document.getElementById('compare-search'), document.getElementById('compare-search-results'),
  (item) => {
    if (codes.includes(item.code)) {
      message.textContent = `${item.name} est déjà dans la comparaison.`;
    } else if (codes.length >= max) {
      message.textContent = `Une comparaison porte sur ${max} territoires au plus : retirez-en un d'abord.`;
    } else {
      go(level, [...codes, item.code]);
    }
  }, [level]);

document.getElementById('compare-level').addEventListener('change', (event) => go(event.target.value, []));
