// The one number rule of the reports (report.FrenchNumbers) for pages that format in the browser.
// The rule itself (separators, "—" when missing, rounding, decimals per unit and by magnitude) is
// NUMBER_RULES, generated from the Java class (FrenchNumbersScriptTest); this file only applies it,
// as FrenchNumbers does: with a unit always that many decimals (a column lines up), without one
// trailing zeros dropped; "-0,0" reads "0,0". FrenchNumbersBrowserTest compares it with Java.
import { NUMBER_RULES } from './french-number-rules.js';

export const MISSING = NUMBER_RULES.missing;
const formats = new Map();
const isZero = (text) => new RegExp(`^0(\\${NUMBER_RULES.decimalSeparator}0*)?$`).test(text);
const free = (unit) => unit == null || String(unit).trim() === '';

/** The decimals shown for `value` in `unit` (FrenchNumbers.decimals). */
export function decimals(value, unit) {
  const u = unit ?? '';
  const steps = Object.hasOwn(NUMBER_RULES.byUnit, u) ? NUMBER_RULES.byUnit[u] : NUMBER_RULES.byMagnitude;
  const m = Math.abs(value);
  return (steps.find(([from]) => m >= from) ?? steps[steps.length - 1])[1];
}

function format(digits, dropZeros) {
  const key = `${digits}/${dropZeros}`;
  if (!formats.has(key)) {
    // The locale only splits the number into parts; each separator is then the rule's.
    formats.set(key, new Intl.NumberFormat('en-US', {
      minimumFractionDigits: dropZeros ? 0 : digits,
      maximumFractionDigits: digits,
      roundingMode: NUMBER_RULES.rounding,
      useGrouping: true,
    }));
  }
  return formats.get(key);
}

const SEPARATORS = {
  group: NUMBER_RULES.groupSeparator,
  decimal: NUMBER_RULES.decimalSeparator,
  minusSign: NUMBER_RULES.minusSign,
};

/** The number alone ("12 345,6"), MISSING when missing or not finite. */
export function frenchNumber(value, unit) {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const text = format(decimals(value, unit), free(unit)).formatToParts(value)
    .map((part) => SEPARATORS[part.type] ?? part.value).join('');
  const minus = NUMBER_RULES.minusSign;
  return text.startsWith(minus) && isZero(text.slice(minus.length)) ? text.slice(minus.length) : text;
}

/** The number and its unit ("14,2 %", "1 234 hab."); a dimensionless unit ("indice") is not written. */
export function withUnit(value, unit) {
  const n = frenchNumber(value, unit);
  return n === MISSING || free(unit) || NUMBER_RULES.dimensionless.includes(unit) ? n
    : `${n}${NUMBER_RULES.unitSeparator}${unit}`;
}

/** A signed difference ("+2,3", "-0,41"). */
export function signed(value, unit) {
  const n = frenchNumber(value, unit);
  return n === MISSING || n.startsWith(NUMBER_RULES.minusSign) || isZero(n) ? n : `+${n}`;
}
