package fr.oasis.territory;

import java.util.List;

/** The six census age bands the APL demand is standardised on (DREES convention). */
public final class AgeBands {
    public static final List<String> LABELS = List.of(fr.oasis.territory.record.PopulationByAge.BAND_LABELS);
    public static final int COUNT = LABELS.size();

    private AgeBands() {
    }
}
