package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole catalogue assembled from the lines of the service files (read by the import's
 * {@code services} reader), checked together: each line by {@link ServiceRules}, codes unique per
 * kind, every stop on a unit of the files, at most 40 half-days a month per unit. Any problem
 * refuses everything. Stateless.
 */
final class ServiceRows {
    private static final int MAX_PROBLEMS = 100;

    private ServiceRows() {
    }

    /**
     * @throws InvalidServicesException listing every problem (up to 100), each naming file, line and field
     */
    static Outreach.Catalogue catalogue(List<ServiceRow> rows, ServiceRules.Communes communes,
                                        String source, boolean demo) {
        List<String> problems = new ArrayList<>();
        ServiceRules rules = new ServiceRules(communes, problems);
        List<TeleconsultationSite> sites = new ArrayList<>();
        Map<String, ServiceRules.UnitHead> units = new LinkedHashMap<>();
        Map<String, List<Stop>> stops = new LinkedHashMap<>();
        Map<String, String> stopOrigin = new LinkedHashMap<>();
        List<Initiative> initiatives = new ArrayList<>();
        Set<String> siteCodes = new HashSet<>();
        Set<String> initiativeCodes = new HashSet<>();
        for (ServiceRow row : rows) {
            switch (row.kind()) {
                case SITE -> {
                    TeleconsultationSite s = rules.site(row, source, demo);
                    unique(siteCodes.add(s.code()), row, s.code(), problems);
                    sites.add(s);
                }
                case UNIT -> {
                    ServiceRules.UnitHead u = rules.unit(row);
                    unique(units.putIfAbsent(u.code(), u) == null, row, u.code(), problems);
                }
                case STOP -> {
                    String unit = row.value("unite");
                    stops.computeIfAbsent(unit, k -> new ArrayList<>()).add(rules.stop(row));
                    stopOrigin.putIfAbsent(unit, ServiceRules.origin(row));
                }
                case INITIATIVE -> {
                    Initiative i = rules.initiative(row, source, demo);
                    unique(initiativeCodes.add(i.code()), row, i.code(), problems);
                    initiatives.add(i);
                }
            }
            if (problems.size() > MAX_PROBLEMS) {
                break;
            }
        }
        stops.forEach((unit, list) -> {
            if (!units.containsKey(unit)) {
                problems.add(stopOrigin.get(unit) + ", champ « unite » : aucune unité mobile « " + unit
                        + " » dans les fichiers");
            }
        });
        List<MobileUnit> mobile = units.values().stream().map(u -> new MobileUnit(u.code(), u.name(), u.kind(),
                u.operator(), stops.getOrDefault(u.code(), List.of()), source, demo)).toList();
        mobile.forEach(u -> checkTotal(u, problems));
        if (!problems.isEmpty()) {
            throw new InvalidServicesException(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        }
        return new Outreach.Catalogue(sites, mobile, initiatives);
    }

    /** A unit is one vehicle or team: at most 40 half-days a month over all its stops. */
    static void checkTotal(MobileUnit u, List<String> problems) {
        if (u.halfDaysPerMonth() > Outreach.MAX_HALF_DAYS_PER_MONTH) {
            problems.add("unité mobile « " + u.code() + " », champ « demi_journees_par_mois » : " + u.halfDaysPerMonth()
                    + " demi-journées par mois sur l'ensemble de ses arrêts, au plus "
                    + Outreach.MAX_HALF_DAYS_PER_MONTH);
        }
    }

    private static void unique(boolean added, ServiceRow row, String code, List<String> problems) {
        if (!added) {
            problems.add(ServiceRules.origin(row) + ", champ « code » : code « " + code + " » en double");
        }
    }
}
