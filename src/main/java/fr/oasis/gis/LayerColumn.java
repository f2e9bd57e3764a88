package fr.oasis.gis;

/**
 * One attribute of a downloadable or OGC layer.
 *
 * @param name      stable attribute name: lower case ASCII, digits and {@code _} (e.g. {@code apl_mg_all})
 * @param type      {@link Type#TEXT}, {@link Type#INTEGER}, {@link Type#REAL} or {@link Type#BOOLEAN}
 * @param label     French label of the figure, as the map and the reports say it
 * @param unit      unit, null for codes and names
 * @param source    source text with the road network when times are by road; null for codes and names
 * @param millesime millésime of the source; null when not applicable
 * @param demo      true when the figure is demonstration data
 * @param indicator the catalogue's indicator id, null for codes, names, population and area
 * @param profession for accessibility indicators, the profession key (e.g. {@code MG}); else null
 * @param variant   for accessibility indicators, the variant key (e.g. {@code under-65}); else null
 */
record LayerColumn(String name, Type type, String label, String unit, String source, Integer millesime,
                   boolean demo, String indicator, String profession, String variant) {

    /** SQL storage class in the GeoPackage, JSON type in the OGC schema. */
    enum Type {
        TEXT, INTEGER, REAL, BOOLEAN
    }

    static LayerColumn plain(String name, Type type, String label, String unit) {
        return new LayerColumn(name, type, label, unit, null, null, false, null, null, null);
    }

    /** The label with unit, source and millésime, e.g. "Densité de population (hab./km²) — Source : …". */
    String description() {
        StringBuilder sb = new StringBuilder(label);
        if (unit != null) {
            sb.append(" (").append(unit).append(')');
        }
        if (source != null) {
            sb.append(" — Source : ").append(source);
            if (millesime != null) {
                sb.append(", millésime ").append(millesime);
            }
            if (demo) {
                sb.append(" — données de démonstration");
            }
        }
        return sb.toString();
    }

    /**
     * An attribute name from an indicator id and, for accessibility indicators, a profession key
     * and a variant key: {@code apl} + {@code MG} + {@code under-65} → {@code apl_mg_under65}.
     * Anything but ASCII letters and digits becomes {@code _}, so names are safe in SQL, QGIS
     * expressions and shapefiles' successors alike.
     */
    static String attributeName(String id, String profession, String variant) {
        StringBuilder sb = new StringBuilder(safe(id));
        if (profession != null) {
            sb.append('_').append(safe(profession));
        }
        if (variant != null) {
            sb.append('_').append(variant.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        }
        return sb.toString();
    }

    private static String safe(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
