package fr.oasis.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The travel-time model of an APL run ({@code AccessibilityView.Layer.travelTime()}, written by
 * the engine in English) said in French for the report. Unknown models are shown as written, so
 * a new model (the road network) is never hidden. Stateless.
 */
final class TravelTimeText {
    private static final Pattern CROW_FLY = Pattern.compile("crow-fly.*detour ([0-9.]+) / ([0-9.]+) km/h");

    private TravelTimeText() {
    }

    static String french(String model) {
        if (model == null || model.isBlank()) {
            return "Modèle de temps de trajet non précisé";
        }
        Matcher m = CROW_FLY.matcher(model);
        if (m.find()) {
            return "Temps de trajet estimés à vol d'oiseau (distance × " + m.group(1).replace('.', ',')
                    + " pour les détours, à " + trim(m.group(2)) + " km/h), en attendant le réseau routier";
        }
        if (model.startsWith("od matrix")) {
            return "Temps de trajet lus dans une matrice origine-destination (" + model + ")";
        }
        return "Modèle de temps de trajet : " + model;
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number.replace('.', ',');
    }
}
