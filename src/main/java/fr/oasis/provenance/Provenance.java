package fr.oasis.provenance;

/**
 * What a figure's reader needs to judge it: the source, the vintage (millésime) and whether the
 * figure is demonstration data ("données de démonstration").
 */
public record Provenance(String source, int millesime, boolean demo) {

    /** The French caption shown under figures, e.g. "Source : INSEE COG, millésime 2026". */
    public String caption() {
        String caption = "Source : " + source + ", millésime " + millesime;
        return demo ? caption + " — données de démonstration" : caption;
    }
}
