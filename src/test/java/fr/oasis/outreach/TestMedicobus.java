package fr.oasis.outreach;

import java.util.List;
import java.util.Map;

/**
 * The mobile unit of the tests on the tiny territory: a médicobus ("MED-T") stopping 4 half-days
 * a month in 9A001 and 2 in 9B001, i.e. (4 + 2) / 40 = 0.15 FTE when counted as supply.
 */
public final class TestMedicobus {
    private TestMedicobus() {
    }

    /** The unit row and its two stops, as the services import reads them. */
    public static List<ServiceRow> rows() {
        return List.of(new ServiceRow(ServiceRow.Kind.UNIT, "unites.csv", 2, Map.of("code", "MED-T", "nom", "Médicobus",
                        "type", "medicobus", "operateur", "CPTS")),
                stop(2, "9A001", "4"), stop(3, "9B001", "2"));
    }

    private static ServiceRow stop(long line, String commune, String halfDays) {
        return new ServiceRow(ServiceRow.Kind.STOP, "arrets.csv", line, Map.of("unite", "MED-T", "commune", commune,
                "lieu", "Place de la mairie", "demi_journees_par_mois", halfDays, "horaires", "mardi matin"));
    }
}
