// Which profession / variant computations exist (GET /api/accessibility/runs): the others are
// offered disabled, and a choice without a computation falls back to one that has it.

/**
 * @param runs       [{profession, variant}, ...]
 * @param selects    {profession, variant}: the two select elements
 * @param choice     {profession, variant}: the wanted choice
 * @returns the choice to use, changed only where the wanted one has no computation
 */
export function offerRuns(runs, selects, choice) {
  const variantsOf = (profession) => new Set(runs.filter((r) => r.profession === profession).map((r) => r.variant));
  for (const option of selects.profession.options) option.disabled = variantsOf(option.value).size === 0;
  const firstProfession = [...selects.profession.options].find((o) => !o.disabled)?.value;
  const profession = variantsOf(choice.profession).size === 0 && firstProfession ? firstProfession : choice.profession;
  const variants = variantsOf(profession);
  for (const option of selects.variant.options) option.disabled = variants.size > 0 && !variants.has(option.value);
  let { variant } = choice;
  if (variants.size > 0 && !variants.has(variant)) variant = variants.has('all') ? 'all' : [...variants][0];
  return { profession, variant };
}
