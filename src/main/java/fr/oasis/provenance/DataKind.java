package fr.oasis.provenance;

/**
 * The families of stored data that change together, each with its own version in the
 * {@code data_version} table. A cache names the kinds it is derived from.
 */
public enum DataKind {
    /** Communes, EPCI, départements, régions, their contours and census populations. */
    TERRITORIES("territories"),
    /** Practitioner vintages. */
    PRACTITIONERS("practitioners"),
    /** Road network vintages and their routed tables. */
    NETWORK("network"),
    /** Imported indicators (Filosofi, long CSV, series...). */
    INDICATORS("indicators"),
    /** Stored APL runs and their values, recomputed after the three inputs above change. */
    ACCESSIBILITY("accessibility"),
    /** Care structures (BPE MSP, centres de santé, urgences... and FINESS hospitals). */
    STRUCTURES("structures"),
    /**
     * Groupings of communes (TVS, CPTS, CLS...): their members, names, contours and map shapes.
     * Bumped alone by a grouping import or a portal edit (the communes do not change), and by a
     * territory import that derives them again (with {@link #TERRITORIES}). A value that shows a
     * grouping level names this kind as well as {@link #TERRITORIES} ({@code territory.KeptPerLevel}
     * holds that rule); one about communes and administrative levels only does not, so that a CPTS
     * created in the portal keeps the commune table, the APL model and the commune layers.
     */
    GROUPINGS("groupings"),
    /**
     * Services beyond practices (teleconsultation sites, mobile units, initiatives), imported or
     * edited in the portal, shown in reports and on the map. Any data a cached answer shows must
     * belong to a kind (see {@code web.conditional.ResponseFamilies}).
     */
    SERVICES("services");

    private final String key;

    DataKind(String key) {
        this.key = key;
    }

    /** The row's key in {@code data_version}, also the kind named in import messages. */
    public String key() {
        return key;
    }
}
