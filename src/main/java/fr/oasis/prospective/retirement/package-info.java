/**
 * Retirements ("dans N ans"): practitioners who will have reached the retirement age within N
 * years leave, and the APL, the time to the nearest practitioner and the populations beyond
 * 10/20/30 minutes are projected. Ages are taken per practitioner where the source gives them;
 * where it does not (INSEE BPE counts), each practitioner stays with the probability given by the
 * national age distribution of the profession (DREES RPPS table, imported as the
 * {@code age-distribution} manifest source), so supply and APL are <em>expected values</em> and
 * are labelled as estimates. Public surface: {@link fr.oasis.prospective.retirement.RetirementService}
 * (also {@code adjustedSupply}, for combining a horizon with installations),
 * {@link fr.oasis.prospective.retirement.RetirementView}, {@link fr.oasis.prospective.retirement.AplThreshold}
 * and the settings.
 */
package fr.oasis.prospective.retirement;
