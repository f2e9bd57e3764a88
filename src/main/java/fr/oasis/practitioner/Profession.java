package fr.oasis.practitioner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 18 liberal professions Oasis shows, as PASST does: nine primary-care professions and nine
 * physician specialties. The constant name is the stable key stored in the database and used in
 * URLs and the bench ({@code MG}, {@code CD}, {@code INF}, {@code MK}, {@code SF}...).
 * <p>
 * <b>Codes, and how sure they are.</b>
 * <ul>
 * <li>RPPS profession codes are from ANS nomenclature TRE_G15 (10 médecin, 21 pharmacien,
 *     40 chirurgien-dentiste, 50 sage-femme, 60 infirmier, 70 masseur-kinésithérapeute,
 *     80 pédicure-podologue, 91 orthophoniste, 92 orthoptiste), checked against the ANS value
 *     sets.</li>
 * <li>Savoir-faire codes are TRE_R38 "spécialités ordinales" (SM..), checked against the ANS
 *     list of 2026. A physician is mapped by specialty only; "compétences" (C..) and other
 *     savoir-faire types are not mapped, so e.g. a GP holding only a "compétence" is missed.
 *     General practice has three codes (SM26 qualifié, SM53 spécialiste, SM54 médecine
 *     générale). Including the 2017-reform options (SM73+ etc.) with their parent specialty is
 *     our choice.</li>
 * <li>BPE {@code TYPEQU} codes are those of the BPE 2018 nomenclature as far as we could
 *     establish: the INSEE label table was not at hand. D201, D221, D231-D233, D235-D237 and
 *     D301 are certain; the specialist codes D202-D214 (no D204/D205 in 2018, gynaecology
 *     grouped under D214) come from a third-party label list that agrees with the order of
 *     SOURCES.md and the counts of the Grand Est file. Check them before publishing labels.</li>
 * <li>Pharmacies: the BPE counts pharmacies (D301), RPPS counts liberal pharmacists (mostly
 *     "titulaires d'officine", one to three per pharmacy). The two are not the same quantity.</li>
 * </ul>
 * Thread-safe (an enum).
 */
public enum Profession {
    MG("Médecin généraliste", "Médecins généralistes", "10", List.of("SM26", "SM53", "SM54"), "D201", true),
    CD("Chirurgien-dentiste", "Chirurgiens-dentistes", "40", List.of(), "D221", false),
    INF("Infirmier", "Infirmiers", "60", List.of(), "D232", false),
    MK("Masseur-kinésithérapeute", "Masseurs-kinésithérapeutes", "70", List.of(), "D233", false),
    SF("Sage-femme", "Sages-femmes", "50", List.of(), "D231", false),
    PHARMA("Pharmacie", "Pharmacies", "21", List.of(), "D301", false),
    ORTHOPHONISTE("Orthophoniste", "Orthophonistes", "91", List.of(), "D235", false),
    ORTHOPTISTE("Orthoptiste", "Orthoptistes", "92", List.of(), "D236", false),
    PODOLOGUE("Pédicure-podologue", "Pédicures-podologues", "80", List.of(), "D237", false),
    CARDIO("Cardiologue", "Cardiologues", "10", List.of("SM04", "SM73", "SM79", "SM80", "SM81"), "D202", false),
    DERMATO("Dermatologue", "Dermatologues", "10", List.of("SM15"), "D203", false),
    GASTRO("Gastro-entérologue", "Gastro-entérologues", "10", List.of("SM24"), "D206", false),
    PSYCHIATRE("Psychiatre", "Psychiatres", "10", List.of("SM42", "SM43", "SM92", "SM93"), "D207", false),
    OPHTALMO("Ophtalmologue", "Ophtalmologues", "10", List.of("SM38", "SM85"), "D208", false),
    ORL("Oto-rhino-laryngologiste", "Oto-rhino-laryngologistes", "10", List.of("SM34", "SM39", "SM86"), "D209", false),
    PEDIATRE("Pédiatre", "Pédiatres", "10", List.of("SM40", "SM87", "SM88", "SM89", "SM90"), "D210", false),
    RADIOLOGUE("Radiologue", "Radiologues", "10", List.of("SM44", "SM55", "SM74", "SM94"), "D212", false),
    GYNECO("Gynécologue", "Gynécologues", "10", List.of("SM19", "SM20", "SM51", "SM52"), "D214", false);

    /** RPPS profession code of physicians, the only profession split by savoir-faire. */
    public static final String PHYSICIAN = "10";

    private static final Map<String, Profession> BY_BPE = new HashMap<>();
    private static final Map<String, Profession> BY_RPPS = new HashMap<>();
    private static final Map<String, Profession> BY_SPECIALTY = new HashMap<>();

    static {
        for (Profession p : values()) {
            BY_BPE.put(p.bpeCode, p);
            if (p.rppsCode.equals(PHYSICIAN)) {
                p.savoirFaire.forEach(code -> BY_SPECIALTY.put(code, p));
            } else {
                BY_RPPS.put(p.rppsCode, p);
            }
        }
    }

    private final String label;
    private final String pluralLabel;
    private final String rppsCode;
    private final List<String> savoirFaire;
    private final String bpeCode;
    private final AplParameters apl;

    Profession(String label, String pluralLabel, String rppsCode, List<String> savoirFaire, String bpeCode,
               boolean generalPractice) {
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.rppsCode = rppsCode;
        this.savoirFaire = savoirFaire;
        this.bpeCode = bpeCode;
        this.apl = generalPractice ? AplParameters.generalPractice() : AplParameters.fullTimeEquivalents();
    }

    /** The stable key, e.g. {@code "MG"}. */
    public String key() {
        return name();
    }

    /** French singular label for the UI, e.g. "Médecin généraliste". */
    public String label() {
        return label;
    }

    /** French plural label for the UI, e.g. "Médecins généralistes". */
    public String pluralLabel() {
        return pluralLabel;
    }

    /** RPPS "Code profession" (TRE_G15). */
    public String rppsCode() {
        return rppsCode;
    }

    /** RPPS "Code savoir-faire" values that select this specialty among physicians; empty otherwise. */
    public List<String> savoirFaire() {
        return savoirFaire;
    }

    /** INSEE BPE equipment type ({@code TYPEQU}). */
    public String bpeCode() {
        return bpeCode;
    }

    /** Default APL parameters; callers may substitute their own. */
    public AplParameters apl() {
        return apl;
    }

    /** True for the physician specialties other than general practice. */
    public boolean isSpecialist() {
        return rppsCode.equals(PHYSICIAN) && this != MG;
    }

    /**
     * The profession with this key, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the known keys if none matches
     */
    public static Profession fromKey(String key) {
        String k = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profession '" + key + "'; known keys: "
                        + Arrays.toString(values())));
    }

    /** The profession counted by this BPE equipment type, if it is in the catalogue. */
    public static Optional<Profession> fromBpeCode(String typequ) {
        return Optional.ofNullable(typequ == null ? null : BY_BPE.get(typequ.strip()));
    }

    /**
     * The profession of an RPPS activity: by profession code, and for physicians by savoir-faire.
     * Empty for professions outside the catalogue and for physicians whose savoir-faire is blank
     * or another specialty (surgeons, anaesthetists...).
     */
    public static Optional<Profession> fromRpps(String professionCode, String savoirFaire) {
        String code = professionCode == null ? "" : professionCode.strip();
        if (code.equals(PHYSICIAN)) {
            return Optional.ofNullable(savoirFaire == null ? null : BY_SPECIALTY.get(savoirFaire.strip()));
        }
        return Optional.ofNullable(BY_RPPS.get(code));
    }
}
