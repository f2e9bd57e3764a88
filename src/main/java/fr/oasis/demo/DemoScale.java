package fr.oasis.demo;

import java.util.Locale;

/**
 * How large a demonstration territory to generate, the value of {@code oasis.demo.scale}
 * (environment {@code OASIS_DEMO_SCALE}).
 * <ul>
 *   <li>{@code default}: the small territory of {@link DemoTerritory#generate(long)} (one région,
 *   two départements, 119 communes), unchanged for its seed;</li>
 *   <li>{@code france}: a fictional territory of national size drawn by {@link DemoNation}
 *   ({@value #FRANCE_REGIONS} régions, {@value #FRANCE_DEPARTEMENTS} départements, about
 *   35,000 communes, about 1,250 EPCI and {@value #FRANCE_PRACTITIONERS} practitioners).</li>
 * </ul>
 * Any national size may be made with {@link #nation} (tests use a few départements).
 *
 * @param key           the setting's value
 * @param regions       régions to draw (national scales only)
 * @param departements  départements to draw
 * @param communes      communes to draw, approximately (the grid is rounded to whole rows)
 * @param epcis         EPCI to form, approximately (shared out among départements by size)
 * @param practitioners practitioners to place over the 18 professions
 */
public record DemoScale(String key, int regions, int departements, int communes, int epcis, int practitioners) {

    static final int FRANCE_REGIONS = 18;
    static final int FRANCE_DEPARTEMENTS = 101;
    static final int FRANCE_PRACTITIONERS = 100_000;

    /** The small demonstration (the default). */
    public static final DemoScale DEFAULT = new DemoScale("default", 1, 2, 120, 8, 0);
    /** The national-size demonstration. */
    public static final DemoScale FRANCE = new DemoScale("france", FRANCE_REGIONS, FRANCE_DEPARTEMENTS, 35_000,
            1_250, FRANCE_PRACTITIONERS);

    public DemoScale {
        if (regions < 1 || departements < regions || communes < 4 * departements || epcis < departements
                || practitioners < 0) {
            throw new IllegalArgumentException("inconsistent demonstration scale " + key + ": " + regions
                    + " régions, " + departements + " départements, " + communes + " communes, " + epcis + " EPCI");
        }
    }

    /** A national-style scale of any size, e.g. a few départements for tests. */
    static DemoScale nation(int regions, int departements, int communes, int epcis, int practitioners) {
        return new DemoScale("nation", regions, departements, communes, epcis, practitioners);
    }

    /**
     * Reads the setting: {@code default} (or blank) or {@code france}, in any case.
     *
     * @throws IllegalArgumentException naming the setting and the accepted values
     */
    public static DemoScale parse(String value) {
        String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "", "default" -> DEFAULT;
            case "france" -> FRANCE;
            default -> throw new IllegalArgumentException("oasis.demo.scale (OASIS_DEMO_SCALE): unknown value '"
                    + value + "'; accepted values are 'default' (the small demonstration, 119 communes) and"
                    + " 'france' (a fictional national territory of about 35,000 communes)");
        };
    }

    /** True for the small territory of {@link DemoTerritory#generate(long)}. */
    boolean isDefault() {
        return this.equals(DEFAULT);
    }
}
