// Multi-criteria filter conditions and their expressions in the /api/filter grammar:
//   value:     <indicator>[.<PROFESSION>[.<variant>]]<op><number>   e.g. apl.MG.under-65<2.5, share75>12
//   proximity: near.<PROFESSION>[+<PROFESSION>...].<and|or>.<km>      e.g. near.CD+INF.or.1
// A condition is {kind: 'value', indicator, profession, variant, op, value} (profession and
// variant null when the indicator takes none) or {kind: 'near', professions, join, km}.

export const OPERATORS = ['<', '<=', '>', '>='];
export const COMBINES = ['and', 'or'];

const VALUE = /^([a-z][a-z0-9]*)(?:\.([A-Z]{2,16})(?:\.([a-z0-9-]{1,16}))?)?(<=|>=|<|>)(-?\d+(?:\.\d+)?)$/;
const NEAR = /^near\.([A-Z]{2,16}(?:\+[A-Z]{2,16})*)\.(and|or)\.(\d+(?:\.\d+)?)$/;

/** A number typed by a person ("2,5" or "2.5"); null when it is not one. */
export function parseNumber(text) {
  const normalised = String(text ?? '').trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** The expression of a condition. */
export function expressionOf(condition) {
  if (condition.kind === 'near') {
    return `near.${condition.professions.join('+')}.${condition.join}.${condition.km}`;
  }
  const parameters = [condition.profession, condition.profession ? condition.variant : null].filter(Boolean);
  return [condition.indicator, ...parameters].join('.') + condition.op + condition.value;
}

/** The condition an expression describes, or null when it does not follow the grammar. */
export function parseExpression(text) {
  const near = NEAR.exec(text ?? '');
  if (near) return { kind: 'near', professions: near[1].split('+'), join: near[2], km: Number(near[3]) };
  const value = VALUE.exec(text ?? '');
  if (!value || value[1] === 'near') return null;
  return { kind: 'value', indicator: value[1], profession: value[2] ?? null, variant: value[3] ?? null,
    op: value[4], value: Number(value[5]) };
}
