package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of one service, one French line per field ("nom : « A » →
 * « B »", "arrêt 2 ajouté : 9A001, 4 demi-journée(s) par mois"): the audit summary and the
 * portal's confirmation. Empty when nothing changed. Stateless.
 */
final class ServiceDiff {
    private ServiceDiff() {
    }

    /** @param before null for a creation */
    static List<String> lines(Object before, Object after) {
        List<String> lines = new ArrayList<>();
        if (before == null) {
            lines.add(OutreachEditor.label(kind(after)) + " créé(e) : " + OutreachEditor.codeOf(after));
            return lines;
        }
        Map<String, String> a = fields(before);
        Map<String, String> b = fields(after);
        a.forEach((field, old) -> {
            String now = b.get(field);
            if (!Objects.equals(old, now)) {
                lines.add(field + " : « " + old + " » → « " + now + " »");
            }
        });
        if (before instanceof MobileUnit u && after instanceof MobileUnit v) {
            List<Stop> s = u.stops();
            List<Stop> t = v.stops();
            for (int i = 0; i < Math.max(s.size(), t.size()); i++) {
                if (i >= t.size()) {
                    lines.add("arrêt " + (i + 1) + " supprimé : " + stop(s.get(i)));
                } else if (i >= s.size()) {
                    lines.add("arrêt " + (i + 1) + " ajouté : " + stop(t.get(i)));
                } else if (!s.get(i).equals(t.get(i))) {
                    lines.add("arrêt " + (i + 1) + " : " + stop(s.get(i)) + " → " + stop(t.get(i)));
                }
            }
        }
        return lines;
    }

    private static String stop(Stop s) {
        return s.commune() + (s.place() == null ? "" : " (" + s.place() + ")") + ", " + s.halfDaysPerMonth()
                + " demi-journée(s) par mois" + (s.schedule() == null ? "" : ", " + s.schedule());
    }

    private static Map<String, String> fields(Object item) {
        if (item instanceof TeleconsultationSite s) {
            return ServiceForms.fields(s);
        }
        return item instanceof MobileUnit u ? ServiceForms.fields(u) : ServiceForms.fields((Initiative) item);
    }

    private static ServiceRow.Kind kind(Object item) {
        return item instanceof TeleconsultationSite ? ServiceRow.Kind.SITE
                : item instanceof MobileUnit ? ServiceRow.Kind.UNIT : ServiceRow.Kind.INITIATIVE;
    }
}
