// The filter's answer in the panel: count and population, the CSV export of the same query, and
// a table of the matching territories with the value of each condition (names are server text).
import { el, fill, formatNumber } from './dom.js';
import { filterFileUrl } from './api.js';

function cell(value) {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return formatNumber(value, 2);
}

function plural(count, one, many) {
  return `${formatNumber(count)} ${count > 1 ? many : one}`;
}

/**
 * @param container the results element
 * @param result    the /api/filter answer
 * @param csvUrl    the CSV download of the same query
 * @param onChoose  called with a match's code when its name is activated
 * @param reportUrl the report of the matching communes, or null (other levels, too many)
 */
export function renderResults(container, result, csvUrl, onChoose, reportUrl = null) {
  const conditions = result.conditions ?? [];
  const rows = result.matches.map((match) => {
    const name = el('button', { type: 'button', class: 'link', text: match.name });
    name.addEventListener('click', () => onChoose(match.code));
    return el('tr', { 'data-code': match.code }, el('th', { scope: 'row' }, name),
      el('td', { text: formatNumber(match.population) }),
      ...conditions.map((c) => el('td', { text: cell(match.values?.[c.expression]) })));
  });
  fill(container,
    el('p', { id: 'filter-summary', class: 'filter-summary' },
      el('strong', { id: 'filter-count', 'data-count': result.count, text: plural(result.count, 'territoire', 'territoires') }),
      ` ${result.combine === 'or' ? '(au moins une condition)' : '(toutes les conditions)'}, `,
      el('span', { id: 'filter-population', text: plural(result.population ?? 0, 'habitant', 'habitants') })),
    el('a', { id: 'filter-csv', class: 'filter-csv', href: csvUrl, download: 'filtre-oasis.csv', text: 'Exporter CSV' }),
    ' ',
    el('a', { id: 'filter-gpkg', class: 'filter-csv', href: filterFileUrl(new URL(csvUrl, location.href).searchParams, 'gpkg'),
      text: 'GeoPackage' }),
    ' ',
    el('a', { id: 'filter-geojson', class: 'filter-csv', href: filterFileUrl(new URL(csvUrl, location.href).searchParams, 'geojson'),
      text: 'GeoJSON' }),
    reportUrl ? ' ' : null,
    reportUrl ? el('a', { id: 'filter-report', class: 'filter-csv', href: reportUrl, text: 'Rapport de ces communes' })
      : null,
    rows.length === 0 ? el('p', { class: 'note', text: 'Aucun territoire ne remplit ces conditions.' })
      : el('div', { class: 'filter-table-wrap' }, el('table', { id: 'filter-table' },
        el('caption', { class: 'visually-hidden', text: 'Territoires retenus par le filtre' }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Territoire' }),
          el('th', { scope: 'col', text: 'Population' }),
          ...conditions.map((c) => el('th', { scope: 'col', text: c.label || c.expression })))),
        el('tbody', {}, ...rows))));
  container.hidden = false;
}

export function clearResults(container) {
  container.replaceChildren();
  container.hidden = true;
}
