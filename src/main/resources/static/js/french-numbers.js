// The one number rule of the reports (report.FrenchNumbers) for pages that format in the browser:
// decimal comma, no-break space between groups of three and before the unit, "—" when missing.
// Decimals by unit: one for "%", "%/an", "‰", "pts"; none for counts ("hab.", "communes"...); "min"
// one below 100; any other unit (an APL unit) and no unit by magnitude: none from 100 on, one from
// 10 on, two below, always that many with a unit (a column lines up), trailing zeros dropped
// without. Keep in step with FrenchNumbers.decimals: ScenarioPageBrowserTest compares the page's
// cells with FrenchNumbers.
export const MISSING = '—';
const SPACE = '\u00a0';
const COUNTS = new Set(['hab.', '€', 'ménages', 'communes', 'professionnels', 'pers.']);
const formats = new Map();

/** The decimals shown for `value` in `unit` (FrenchNumbers.decimals). */
export function decimals(value, unit) {
  const u = unit ?? '';
  const m = Math.abs(value);
  if (['%', '%/an', '‰', 'pts'].includes(u)) return 1;
  if (COUNTS.has(u)) return 0;
  if (u === 'min') return m >= 100 ? 0 : 1;
  return m >= 100 ? 0 : m >= 10 ? 1 : 2;
}

/** The number alone ("12 345,6"), MISSING when missing or not finite. */
export function frenchNumber(value, unit) {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const d = decimals(value, unit);
  const free = unit == null || unit === '';
  const key = `${d}/${free}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat('fr-FR', { minimumFractionDigits: free ? 0 : d, maximumFractionDigits: d }));
  }
  const text = formats.get(key).format(value).replace(/[\u202f\u00a0 ]/g, SPACE).replace('\u2212', '-');
  return text.startsWith('-') && /^0(,0*)?$/.test(text.slice(1)) ? text.slice(1) : text;
}

/** The number and its unit ("14,2 %", "1 234 hab."). */
export function withUnit(value, unit) {
  const n = frenchNumber(value, unit);
  return n === MISSING || !unit ? n : `${n}${SPACE}${unit}`;
}

/** A signed difference ("+2,3", "-0,41"). */
export function signed(value, unit) {
  const n = frenchNumber(value, unit);
  return n === MISSING || n.startsWith('-') || /^0(,0*)?$/.test(n) ? n : `+${n}`;
}
