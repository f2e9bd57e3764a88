/**
 * Practitioners: the catalogue of the 18 liberal health professions an access-to-care report
 * shows ({@link fr.oasis.practitioner.Profession}) and, for each, the parameters that turn a
 * practitioner's yearly activity into APL supply ({@link fr.oasis.practitioner.AplParameters}).
 * <p>
 * A <em>liberal</em> practitioner works on their own account (RPPS "mode d'exercice" {@code L}),
 * at one or several practice sites; salaried hospital staff are out of scope, as in the DREES
 * APL. The catalogue maps each profession to the three codings sources use: the RPPS profession
 * code (ANS nomenclature TRE_G15), the physician specialty codes ("savoir-faire", TRE_R38) and
 * the INSEE BPE equipment type ({@code TYPEQU}). Pure JDK, no framework: usable by the engine.
 */
package fr.oasis.practitioner;
