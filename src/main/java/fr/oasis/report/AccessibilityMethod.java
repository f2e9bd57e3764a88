package fr.oasis.report;

import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an APL run computed its figures, said in plain French for a reader of the report (the
 * notes of the "Méthode et sources" page), built from what the run stored: its travel model, its
 * road network (label and millésime), and the numbers of its parameter text (access leg speed,
 * crow-fly detour and speed, catchment steps, unreached communes). Engine internals (node and
 * arc counts, speed tiers, signatures) stay in the technical annex: {@link #annex}.
 * <p>
 * The parameter texts are written by the accessibility module in English; a number this class
 * cannot find is left out of the sentence, never guessed. Stateless.
 */
final class AccessibilityMethod {
    private static final Pattern CROW_FLY = Pattern.compile("crow-fly.*detour ([0-9.]+) / ([0-9.]+) km/h");
    private static final Pattern ACCESS = Pattern.compile("access leg x([0-9.]+) at ([0-9.]+) km/h");
    private static final Pattern STEPS = Pattern.compile("steps ((?:[0-9.]+:[0-9.]+,?)+)");
    private static final Pattern UNLINKED = Pattern.compile("communes not linked to the road network \\((\\d+)");

    private AccessibilityMethod() {
    }

    /** How travel times were obtained, one French sentence (or two). */
    static String travel(AccessibilityView.Run run) {
        String described = run.travelTime() == null ? "" : run.travelTime();
        if ("road".equals(run.travelModel())) {
            Provenance network = run.network();
            StringBuilder s = new StringBuilder("Temps de trajet par la route sur le réseau ")
                    .append(network == null ? "routier importé" : network.source()
                            + ", millésime " + network.millesime());
            if (described.contains("Travel Mapping")) {
                s.append(" (routes numérotées seulement : autoroutes, nationales, départementales), vitesses par "
                        + "catégorie de route");
            } else if (described.contains("OpenStreetMap")) {
                s.append(", vitesses d'OpenStreetMap (90 % de la vitesse limite, sinon une vitesse par type de voie)");
            }
            Matcher access = ACCESS.matcher(described);
            if (access.find()) {
                s.append(" ; accès à la route depuis le chef-lieu de la commune (mairie) à ").append(number(access.group(2)))
                        .append(" km/h, en ligne droite allongée de ").append(percentOver(access.group(1)))
                        .append(" %");
            }
            s.append(". Pas de trafic ni de feux : les temps en ville sont optimistes.");
            Matcher unlinked = UNLINKED.matcher(run.parameters() == null ? "" : run.parameters());
            if (unlinked.find()) {
                s.append(" ").append(unlinked.group(1)).append(" commune(s) sans route à proximité n'ont pas de temps "
                        + "calculé vers les autres : elles comptent au-delà de tous les seuils.");
            }
            return s.toString();
        }
        Matcher m = CROW_FLY.matcher(described);
        if (m.find()) {
            return "Temps de trajet estimés à vol d'oiseau : distance en ligne droite allongée de "
                    + percentOver(m.group(1)) + " % pour les détours, parcourue à " + number(m.group(2))
                    + " km/h (aucun réseau routier n'est utilisé).";
        }
        if (described.startsWith("od matrix")) {
            return "Temps de trajet lus dans une matrice origine-destination importée.";
        }
        return described.isBlank() ? "Modèle de temps de trajet non précisé." : "Modèle de temps de trajet : " + described;
    }

    /** What an APL is and how this run computed it, in French. */
    static String apl(AccessibilityView.Run run) {
        StringBuilder s = new StringBuilder("APL (accessibilité potentielle localisée, méthode de la DREES) : l'offre "
                + "de chaque professionnel est partagée entre les habitants qui peuvent le joindre, puis chaque commune "
                + "additionne l'offre qu'elle peut atteindre");
        Matcher steps = STEPS.matcher(run.parameters() == null ? "" : run.parameters());
        if (steps.find()) {
            s.append(" ; ").append(steps(steps.group(1)));
        }
        s.append(". ").append(run.ageStandardised()
                ? "La demande est standardisée par âge (les plus âgés consultent davantage)."
                : "La demande est la population totale, non standardisée par âge : le recensement par âge manque "
                + "pour une partie des communes.");
        if (run.parameters() != null && run.parameters().contains("count-based supply")) {
            s.append(" L'offre compte chaque professionnel de la BPE pour un temps plein (la BPE ne donne pas "
                    + "l'activité).");
        }
        s.append(" Valeur d'un territoire : moyenne de ses communes pondérée par leur population.");
        return s.toString();
    }

    /** The run's own texts for the technical annex (XLSX): nothing is shortened or translated. */
    static String annex(AccessibilityView.Run run) {
        return "travel times: " + run.travelTime() + " | parameters: " + run.parameters();
    }

    /** "10:1,15:0.7,20:0.5" → "l'offre est comptée en entier jusqu'à 10 min, à 70 % jusqu'à 15 min, …". */
    private static String steps(String steps) {
        List<String> parts = new ArrayList<>();
        String last = null;
        for (String step : steps.split(",")) {
            String[] bound = step.split(":");
            if (bound.length != 2) {
                continue;
            }
            double weight = Double.parseDouble(bound[1]);
            parts.add((weight >= 1 ? "en entier" : "à " + Math.round(weight * 100) + " %") + " jusqu'à "
                    + number(bound[0]) + " min");
            last = number(bound[0]);
        }
        return parts.isEmpty() ? "" : "l'offre est comptée " + String.join(", ", parts) + " de trajet,"
                + " et plus du tout au-delà de " + last + " min";
    }

    /** 1.3 → 30 (a detour factor as a percentage added to the straight line). */
    private static long percentOver(String factor) {
        return Math.round((Double.parseDouble(factor) - 1) * 100);
    }

    /** "30.0" → "30", "1.5" → "1,5". */
    private static String number(String text) {
        double value = Double.parseDouble(text);
        return value == Math.rint(value) ? Long.toString((long) value) : String.valueOf(value).replace('.', ',');
    }
}
