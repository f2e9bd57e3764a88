// From one indicator answer to colours and a legend: pure functions of the layer and the choices.
import { breaks, classIndex } from './classify.js';
import { INDICATORS, titleOf } from './indicators.js';
import { colours, NO_DATA } from './palette.js';
import { millesimeLine } from './years.js';

/** Classes drawn by the quantile and Jenks methods (fixed thresholds bring their own count). */
export const CLASSES = 5;
const METHOD_LABELS = { quantile: 'quantiles', jenks: 'seuils naturels (Jenks)', fixed: 'seuils fixes' };

/** The classes of an indicator over a layer: { valueOf (code → value), thresholds, palette, colourOf }. */
export function classification(layer, indicatorKey, method) {
  const indicator = INDICATORS[indicatorKey];
  const valueOf = new Map(layer.values.map((v) => [v.code, indicator.value(v, layer)]));
  const finite = [...valueOf.values()].filter((v) => v != null && Number.isFinite(v));
  // Classes (priority zones) are drawn as they are, whatever the method chosen.
  const thresholds = breaks(indicator.categorical ? 'fixed' : method, finite, CLASSES, indicator.fixed(layer));
  const palette = colours(thresholds.length + 1, indicator.higherIsBetter);
  const colourOf = (code) => {
    const value = valueOf.get(code);
    return value == null || !Number.isFinite(value) ? NO_DATA : palette[classIndex(value, thresholds)];
  };
  return { valueOf, thresholds, palette, colourOf };
}

/** What renderLegend needs: class bounds and counts, unit, note, provenance. */
/** Values combined from communes rather than published (imported shares and indices) say so. */
function estimateNote(layer) {
  const estimated = (layer.values ?? []).filter((v) => v.estimated).length;
  return estimated ? `Estimation pour ${estimated} territoire(s) : moyenne des communes pondérée par la population,`
    + ' la valeur n\'étant pas publiée à ce niveau.' : null;
}

export function legendModel(layer, choice, classes) {
  const indicator = INDICATORS[choice.indicator];
  const counts = classes.palette.map(() => 0);
  const present = [];
  for (const value of classes.valueOf.values()) {
    if (value != null && Number.isFinite(value)) {
      counts[classIndex(value, classes.thresholds)]++;
      present.push(value);
    }
  }
  return {
    title: titleOf(indicator, layer),
    subtitle: [indicator.subtitle(layer, choice), millesimeLine(layer)].filter((t) => t).join(' ; ') || null,
    unit: indicator.unit(layer),
    thresholds: classes.thresholds,
    labels: indicator.categorical ?? null,
    colours: classes.palette,
    counts,
    noData: classes.valueOf.size - present.length,
    digits: indicator.digits,
    range: present.length ? [Math.min(...present), Math.max(...present)] : [null],
    note: [choice.method === 'fixed' || indicator.categorical ? indicator.fixedNote(layer)
      : `${CLASSES} classes au plus, par ${METHOD_LABELS[choice.method]}.`,
    estimateNote(layer)].filter((n) => n).join(' '),
    provenances: indicator.provenances(layer),
  };
}
