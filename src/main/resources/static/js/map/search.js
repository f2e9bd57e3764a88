// Search box: territories by name (accents, case and hyphens optional, done by the API) or code,
// communes and EPCI unless other levels are given, as an ARIA combobox: arrows move, Enter
// chooses, Escape closes.
import { api } from './api.js';
import { debounce, el } from './dom.js';
import { GROUPING_LABELS } from './groupings.js';

const LIMIT = 8;
const KIND = { commune: 'commune', epci: 'EPCI', departement: 'département', ...GROUPING_LABELS };

export function attachSearch(input, list, onChoose, levels = ['commune', 'epci']) {
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (item) => {
    close();
    input.value = item.name;
    onChoose(item);
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
  };

  const show = (found) => {
    items = found;
    list.replaceChildren(...found.map((item, i) => {
      const li = el('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false' },
        el('span', { text: item.name }), el('span', { class: 'kind', text: `${KIND[item.level]} ${item.code}` }));
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(item);
      });
      return li;
    }));
    if (found.length === 0) list.append(el('li', { class: 'empty', text: 'Aucun territoire trouvé' }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(found.length > 0 ? 0 : -1);
  };

  const query = debounce(async (text) => {
    const found = await Promise.all(levels.map((level) => api.search(level, text, LIMIT)));
    if (input.value.trim() === text) show(found.flatMap((items) => items ?? []).slice(0, LIMIT));
  }, 250);

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text.length < 2) close();
    else query(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    else if (list.hidden || items.length === 0) return;
    else if (event.key === 'ArrowDown') highlight((active + 1) % items.length);
    else if (event.key === 'ArrowUp') highlight((active - 1 + items.length) % items.length);
    else if (event.key === 'Enter' && active >= 0) choose(items[active]);
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', close);
}
