// Generated from fr.oasis.report.FrenchNumbers (FrenchNumbersScriptTest checks it), the one number rule of
// the reports, for the pages that format in the browser (french-numbers.js): do not edit.
// Decimals: the steps of the unit (or byMagnitude), [from, decimals], the first whose from the
// magnitude reaches.
export const NUMBER_RULES = {
  missing: '\u2014',
  groupSeparator: '\u00a0',
  unitSeparator: '\u00a0',
  decimalSeparator: ',',
  minusSign: '-',
  rounding: 'halfExpand',
  dimensionless: ['indice'],
  byMagnitude: [[100, 0], [10, 1], [0, 2]],
  byUnit: {
    '%': [[0, 1]],
    '%/an': [[0, 1]],
    '\u2030': [[0, 1]],
    'pts': [[0, 1]],
    'hab.': [[0, 0]],
    '\u20ac': [[0, 0]],
    'm\u00e9nages': [[0, 0]],
    'communes': [[0, 0]],
    'professionnels': [[0, 0]],
    'pers.': [[0, 0]],
    'min': [[100, 0], [0, 1]],
  },
};
