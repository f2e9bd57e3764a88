package fr.oasis.territory;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parent territory of a group of communes that holds most of its inhabitants: the
 * département an EPCI straddling a border is compared with, the région its ranks are counted in.
 * Ties (and groups without inhabitants) go to the smallest code, so the answer is stable.
 */
public final class MainParent {
    private MainParent() {
    }

    /** @return the code of {@code parent} level holding most of the communes' population, or null if none has one */
    public static String of(Collection<TerritoryView.CommunePoint> communes, TerritoryLevel parent) {
        Map<String, Long> population = new TreeMap<>();
        for (TerritoryView.CommunePoint c : communes) {
            String code = c.codeAt(parent);
            if (code != null) {
                population.merge(code, (long) c.population(), Long::sum);
            }
        }
        String chosen = null;
        long most = -1;
        for (Map.Entry<String, Long> e : population.entrySet()) { // code order: the first of equals wins
            if (e.getValue() > most) {
                chosen = e.getKey();
                most = e.getValue();
            }
        }
        return chosen;
    }
}
