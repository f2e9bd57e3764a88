package fr.oasis.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * Services beyond practices ("aller-vers" and telemedicine): where care comes to people instead
 * of people going to a practice. Immutable value types; codes are the publisher's own.
 */
public final class Outreach {
    /** A mobile unit stops at most 40 half-days a month (20 working days, morning and afternoon). */
    public static final int MAX_HALF_DAYS_PER_MONTH = 40;

    private Outreach() {
    }

    /** Everything one import brings, replacing what was stored. */
    public record Catalogue(List<TeleconsultationSite> sites, List<MobileUnit> units, List<Initiative> initiatives) {
        public Catalogue {
            sites = List.copyOf(sites);
            units = List.copyOf(units);
            initiatives = List.copyOf(initiatives);
        }

        public int size() {
            return sites.size() + units.size() + initiatives.size();
        }
    }

    /**
     * A place where a patient is seen by a remote professional.
     *
     * @param kind        cabine, pharmacie, ehpad, salle-msp, autre
     * @param professions professions reachable, as published ("médecin généraliste; dermatologue")
     */
    public record TeleconsultationSite(String code, String name, String kind, String commune, double lon, double lat,
                                       String hours, String professions, String operator, String source, boolean demo) {
    }

    /**
     * A vehicle or team that stops in communes on a schedule.
     *
     * @param kind bus-dentaire, medicobus, equipe-mobile, bus-france-services, autre
     */
    public record MobileUnit(String code, String name, String kind, String operator, List<Stop> stops, String source,
                             boolean demo) {
        public MobileUnit {
            stops = stops == null ? List.of() : List.copyOf(stops);
        }

        /** Half-days per month over all stops. */
        public int halfDaysPerMonth() {
            return stops.stream().mapToInt(Stop::halfDaysPerMonth).sum();
        }
    }

    /** A stop of a mobile unit: commune served, place, half-days per month (1 to 40), schedule as published. */
    public record Stop(String commune, String place, int halfDaysPerMonth, String schedule) {
    }

    /**
     * A one-off action: a screening campaign, a health forum.
     *
     * @param kind          depistage, forum, prevention, autre
     * @param publicReached people reached, or null when unknown
     */
    public record Initiative(String code, String title, String kind, LocalDate date, String commune, String place,
                             Integer publicReached, String source, boolean demo) {
    }
}
