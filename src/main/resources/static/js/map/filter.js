// The multi-criteria filter of the map: the editor's "Appliquer" queries /api/filter for the
// level shown, outlines the matches on the map and lists them; "Effacer" removes it all.
import { api, filterCsvUrl, filterQuery, selectionReportUrl } from './api.js';
import { expressionOf } from './filter-model.js';
import { FilterPanel } from './filter-panel.js';
import { clearResults, renderResults } from './filter-results.js';
import { MatchLayer } from './matches.js';

const MAX_REPORT_COMMUNES = 500;

function optionsOf(selectElement) {
  return [...selectElement.options].map((o) => ({ value: o.value, label: o.textContent }));
}

export class MapFilter {
  /**
   * @param map      the Leaflet map
   * @param elements {form, results, professions, variants}: the filter form, the results container,
   *                 and the map's profession and variant selects (whose options are reused)
   * @param hooks    {onChange(filter), onChoose(code), setStatus(text, error)}
   */
  constructor(map, elements, hooks) {
    this.elements = elements;
    this.hooks = hooks;
    this.matches = new MatchLayer(map);
    this.panel = new FilterPanel(elements.form, {
      professions: optionsOf(elements.professions), variants: optionsOf(elements.variants),
    });
    this.level = null;
    this.filter = { combine: 'and', conditions: [] };
    this.run = 0;
    elements.form.querySelector('#filter-add-value')
      .addEventListener('click', () => this.panel.add({ kind: 'value' }).focus());
    elements.form.querySelector('#filter-add-near')
      .addEventListener('click', () => this.panel.add({ kind: 'near' }).focus());
    elements.form.querySelector('#filter-clear').addEventListener('click', () => this.clear());
    elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  /** The level shown and its indicator catalogue (null when /api/indicators is not deployed). */
  setLevel(level, catalogue) {
    this.level = level;
    this.panel.setCatalogue(catalogue, level);
    this.elements.form.querySelector('#filter-unavailable').hidden = catalogue != null;
  }

  /** Shows a filter restored from the URL in the editor and applies it. */
  async restore(filter) {
    this.panel.show(filter);
    this.filter = filter;
    await this.apply();
  }

  /** New contours of the level: outline the matches among them. */
  setData(data) {
    this.matches.setData(data);
  }

  submit() {
    let filter;
    try {
      filter = this.panel.read();
    } catch (e) {
      this.hooks.setStatus(e.message, true);
      return;
    }
    this.filter = filter;
    this.hooks.onChange(filter);
    this.apply();
  }

  /** Queries the current filter for the current level (again after a level change). */
  async apply() {
    const run = ++this.run;
    if (this.filter.conditions.length === 0) {
      this.show(null);
      return;
    }
    const query = filterQuery(this.level, this.filter.combine, this.filter.conditions.map(expressionOf));
    this.hooks.setStatus('Filtrage…');
    try {
      const result = await api.filter(query);
      if (run !== this.run) return;
      if (!result) throw new Error('le filtre n\'est pas disponible sur ce serveur');
      this.show(result, filterCsvUrl(query));
      this.hooks.setStatus(`Filtre appliqué : ${result.count > 1 ? `${result.count} territoires retenus`
        : `${result.count} territoire retenu`}.`);
    } catch (e) {
      if (run !== this.run) return;
      this.show(null);
      this.hooks.setStatus(`Filtre refusé : ${e.message}`, true);
    }
  }

  show(result, csvUrl) {
    this.matches.setCodes(new Set(result ? result.matches.map((m) => m.code) : []));
    // Matching communes make a custom selection report (up to a length a URL carries well).
    const report = result?.level === 'commune' && result.count > 0 && result.count <= MAX_REPORT_COMMUNES
      ? selectionReportUrl(result.matches.map((m) => m.code), 'Communes retenues par le filtre') : null;
    if (result) renderResults(this.elements.results, result, csvUrl, this.hooks.onChoose, report);
    else clearResults(this.elements.results);
  }

  clear() {
    this.run++;
    this.filter = { combine: 'and', conditions: [] };
    this.panel.show(this.filter);
    this.show(null);
    this.hooks.onChange(this.filter);
    this.elements.form.querySelector('#filter-add-value').focus();
  }
}
