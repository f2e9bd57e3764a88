// Groupings of communes (territoires de vie-santé, CPTS, CLS...) as map levels: each grouping type
// present in /api/territories/summary is offered in the level selector and as outlines drawn
// over the commune layer. Keys are the server's TerritoryLevel keys.

/** French plural names of the grouping levels, in the server's order. */
export const GROUPING_LEVELS = {
  tvs: 'Territoires de vie-santé',
  cpts: 'CPTS',
  cls: 'Contrats locaux de santé',
  petr: 'PETR',
  bassin_vie: 'Bassins de vie',
  perimetre: 'Périmètres',
};

/** Singular names, for the card and the search results. */
export const GROUPING_LABELS = {
  tvs: 'Territoire de vie-santé', cpts: 'CPTS', cls: 'Contrat local de santé', petr: 'PETR',
  bassin_vie: 'Bassin de vie', perimetre: 'Périmètre',
};

/** The grouping levels that hold at least one territory, from a summary {level: count}. */
export function presentGroupings(summary) {
  return Object.keys(GROUPING_LEVELS).filter((level) => (summary?.[level] ?? 0) > 0);
}

/**
 * Adds an option per present grouping level to the level selector and to the outline selector
 * (whose first option is "none"); options are built with textContent only.
 */
export function offerGroupings(levelSelect, outlineSelect, present) {
  for (const level of present) {
    for (const select of [levelSelect, outlineSelect]) {
      if (select && ![...select.options].some((o) => o.value === level)) {
        const option = document.createElement('option');
        option.value = level;
        option.textContent = GROUPING_LEVELS[level];
        select.append(option);
      }
    }
  }
}
