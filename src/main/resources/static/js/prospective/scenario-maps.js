// The two maps of the scenario page, side by side and kept in step: the APL of the scenario
// (classes of the current situation's values, so a change shows as a change of colour) and the
// difference with the current situation (diverging palette: losses in orange, gains in purple,
// white where nothing changes). Reuses the map page's choropleth, class breaks and legend.
import { Choropleth } from '../map/choropleth.js';
import { breaks, classIndex } from '../map/classify.js';
import { renderLegend } from '../map/legend.js';
import { el, fill } from '../map/dom.js';
import { frenchNumber } from '../french-numbers.js';
import { colours, NO_DATA } from '../map/palette.js';

const CLASSES = 5;
/** ColorBrewer PuOr (colour-blind safe): 3 loss classes, no change, 3 gain classes. */
export const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];
/** GP reference thresholds (consultations/year/inhabitant). */
const GP_THRESHOLDS = [2.5, 4];

function counts(values, thresholds, k) {
  const n = new Array(k).fill(0);
  for (const v of values) if (v != null && Number.isFinite(v)) n[classIndex(v, thresholds)] += 1;
  return n;
}

/** Inner thresholds of the difference classes, symmetric around 0: a third and two thirds of the largest change. */
export function differenceThresholds(deltas) {
  const m = Math.max(0, ...deltas.map((d) => Math.abs(d)));
  if (m === 0) return [-1e-9, 1e-9];
  const eps = m * 1e-6;
  return [-2 * m / 3, -m / 3, -eps, eps, m / 3, 2 * m / 3];
}

/** The difference legend: losses, "inchangée", gains, with bounds in words (no "-0"). */
function renderDifferenceLegend(legend, baseline, thresholds, palette, n) {
  const f = (v) => frenchNumber(Math.abs(v), baseline.unit);
  const labels = thresholds.length === 2 ? ['baisse', 'inchangée', 'hausse'] : [
    `baisse de plus de ${f(thresholds[0])}`, `baisse de ${f(thresholds[1])} à ${f(thresholds[0])}`,
    `baisse de moins de ${f(thresholds[1])}`, 'inchangée', `hausse de moins de ${f(thresholds[4])}`,
    `hausse de ${f(thresholds[4])} à ${f(thresholds[5])}`, `hausse de plus de ${f(thresholds[5])}`];
  fill(legend,
    el('h2', { text: `Gains et pertes d'APL — ${baseline.label}` }),
    el('p', { class: 'unit', text: 'Écart scénario − situation actuelle' }),
    el('p', { class: 'unit', text: `Unité : ${baseline.unit}` }),
    el('ol', {}, ...palette.map((colour, i) => el('li', { class: 'class' },
      el('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }),
      el('span', { class: 'bounds', text: labels[i] }), el('span', { class: 'count', text: frenchNumber(n[i], 'communes') })))),
    el('p', { class: 'note', text: 'Orange : l\'APL baisse ; violet : elle augmente ; blanc : inchangée.' }));
}

export class ScenarioMaps {
  constructor(afterElement, diffElement, legendAfter, legendDiff) {
    const options = { zoomSnap: 0.5, minZoom: 5, maxZoom: 14 };
    this.after = L.map(afterElement, options);
    this.diff = L.map(diffElement, options);
    this.legendAfter = legendAfter;
    this.legendDiff = legendDiff;
    this.afterLayer = new Choropleth(this.after, () => {});
    this.diffLayer = new Choropleth(this.diff, () => {});
    let syncing = false;
    const sync = (from, to) => from.on('moveend', () => {
      if (syncing) return;
      syncing = true;
      to.setView(from.getCenter(), from.getZoom(), { animate: false });
      syncing = false;
    });
    sync(this.after, this.diff);
    sync(this.diff, this.after);
  }

  /** Draws the commune contours once (GeoJSON with code and name) and fits the view. */
  contours(data) {
    this.afterLayer.draw(data);
    this.diffLayer.draw(data);
    const bounds = L.geoJSON(data).getBounds();
    if (bounds.isValid()) this.after.fitBounds(bounds);
  }

  /**
   * @param baseline {codes, apl, unit, label, profession}
   * @param outcome  one profession's outcome ({communes: [{code, aplBefore, aplAfter}]})
   */
  show(baseline, outcome) {
    const before = new Map(baseline.codes.map((c, i) => [c, baseline.apl[i]]));
    const after = new Map(before);
    const delta = new Map();
    for (const r of outcome.communes) {
      after.set(r.code, r.aplAfter);
      delta.set(r.code, r.aplAfter - r.aplBefore);
    }
    const gp = baseline.profession === 'MG';
    const thresholds = gp ? GP_THRESHOLDS : breaks('quantile', baseline.apl, CLASSES, []);
    const ramp = colours(thresholds.length + 1, true);
    this.afterLayer.restyle((code) => {
      const v = after.get(code);
      return v == null ? NO_DATA : ramp[classIndex(v, thresholds)];
    });
    renderLegend(this.legendAfter, {
      title: `APL du scénario — ${baseline.label}`, subtitle: gp ? 'Seuils de référence : 2,5 et 4'
        : 'Classes : quantiles de la situation actuelle', unit: baseline.unit, thresholds, colours: ramp,
      counts: counts([...after.values()], thresholds, ramp.length), noData: 0, digits: 2, range: [null, null],
      provenances: [],
    });
    const deltas = [...delta.values()];
    const dThresholds = differenceThresholds(deltas);
    const allDeltas = baseline.codes.map((c) => delta.get(c) ?? 0);
    const palette = dThresholds.length === 2 ? ['#f1a340', '#f7f7f7', '#998ec3'] : DIVERGING;
    this.diffLayer.restyle((code) => palette[classIndex(delta.get(code) ?? 0, dThresholds)]);
    renderDifferenceLegend(this.legendDiff, baseline, dThresholds, palette,
      counts(allDeltas, dThresholds, palette.length));
    this.legendDiff.dataset.changed = String(deltas.filter((d) => d !== 0).length);
  }

  invalidate() {
    this.after.invalidateSize();
    this.diff.invalidateSize();
  }
}
