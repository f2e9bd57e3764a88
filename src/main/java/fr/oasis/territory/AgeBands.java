package fr.oasis.territory;

import java.util.List;

/** The six census age bands the APL demand is standardised on (DREES convention). */
public final class AgeBands {
    public static final List<String> LABELS = List.of("0-14", "15-29", "30-44", "45-59", "60-74", "75+");
    public static final int COUNT = LABELS.size();

    private AgeBands() {
    }
}
