// The millésime selector of the map: offered when the indicator drawn has several stored
// millésimes (imported series such as the CartoSanté GP density by TVS, 2009-2021). The state's
// year is null for the latest millésime, else one of layer.millesimes; the legend and the card say
// which millésime is shown.
import { el } from './dom.js';

/** Fills and shows (or hides) the selector from the layer drawn (null: nothing drawn). */
export function offerYears(container, select, layer, year) {
  const millesimes = layer?.millesimes ?? [];
  container.hidden = millesimes.length < 2;
  if (container.hidden) {
    select.replaceChildren();
    return;
  }
  const latest = millesimes[millesimes.length - 1];
  select.replaceChildren(...[...millesimes].reverse().map((m) =>
    el('option', { value: String(m), text: m === latest ? `${m} (le plus récent)` : String(m) })));
  select.value = String(year ?? layer.millesime ?? latest);
}

/** The state's year from the selector: null when the latest is chosen (the default answer). */
export function chosenYear(select, layer) {
  const millesimes = layer?.millesimes ?? [];
  const value = Number(select.value);
  return !Number.isInteger(value) || value === millesimes[millesimes.length - 1] ? null : value;
}

/** "Millésime affiché : 2012 (13 millésimes disponibles, de 2009 à 2021)" when the layer has several; else null. */
export function millesimeLine(layer) {
  const millesimes = layer?.millesimes ?? [];
  if (millesimes.length < 2) return null;
  return `Millésime affiché : ${layer.millesime} (${millesimes.length} millésimes disponibles, de ${millesimes[0]}`
    + ` à ${millesimes[millesimes.length - 1]})`;
}
