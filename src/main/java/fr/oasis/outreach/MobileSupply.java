package fr.oasis.outreach;

import fr.oasis.accessibility.SupplySupplement;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The optional fractional supply of mobile units ({@code oasis.services.mobile-supply.enabled},
 * off by default): each stop's half-days per month become full-time equivalents in the APL of the
 * commune it stops in, {@code FTE = half-days per month / oasis.services.mobile-supply.half-days-per-fte}
 * (default 40: 20 working days, morning and afternoon, the most a unit may stop). A dental bus
 * counts for dentists, a médicobus for general practitioners; mobile teams, France Services buses
 * and other units bring no supply of a profession the APL measures, and teleconsultation sites none
 * either (their remote professional is already counted at his practice). An estimate: the APL
 * computed with it is labelled "APL incluant les unités mobiles (estimation)". Values kept per
 * services data version. Thread-safe.
 */
@Component
public class MobileSupply implements SupplySupplement {
    static final String LABEL = "APL incluant les unités mobiles (estimation)";
    private static final Map<String, Profession> PROFESSION_OF_KIND = Map.of("bus-dentaire", Profession.CD,
            "medicobus", Profession.MG);
    private final boolean enabled;
    private final double halfDaysPerFte;
    private final OutreachCatalogue catalogue;
    private final KeptPerVersion<Map<Profession, Map<String, Double>>> kept;

    MobileSupply(@Value("${oasis.services.mobile-supply.enabled:false}") boolean enabled,
                 @Value("${oasis.services.mobile-supply.half-days-per-fte:40}") double halfDaysPerFte,
                 OutreachCatalogue catalogue, DataVersions versions) {
        if (!(halfDaysPerFte > 0) || Double.isInfinite(halfDaysPerFte)) {
            throw new IllegalArgumentException("oasis.services.mobile-supply.half-days-per-fte must be positive, got "
                    + halfDaysPerFte);
        }
        this.enabled = enabled;
        this.halfDaysPerFte = halfDaysPerFte;
        this.catalogue = catalogue;
        this.kept = new KeptPerVersion<>(versions, DataKind.SERVICES);
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    /** Half-days per month worth one full-time equivalent. */
    public double halfDaysPerFte() {
        return halfDaysPerFte;
    }

    @Override
    public Map<String, Double> fte(Profession profession) {
        return enabled ? kept.get(() -> byProfession(catalogue.all(), halfDaysPerFte))
                .getOrDefault(profession, Map.of()) : Map.of();
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public String describe(Profession profession) {
        double total = fte(profession).values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "plus %.3f FTE of mobile-unit stops (half-days per month / %s; "
                + "oasis.services.mobile-supply, an estimate)", total, halfDaysPerFte);
    }

    /** The FTE of every unit's stops, by profession and commune: {@code Σ half-days / halfDaysPerFte}. */
    static Map<Profession, Map<String, Double>> byProfession(Outreach.Catalogue catalogue, double halfDaysPerFte) {
        Map<Profession, Map<String, Double>> out = new EnumMap<>(Profession.class);
        for (Outreach.MobileUnit unit : catalogue.units()) {
            Profession p = PROFESSION_OF_KIND.get(unit.kind());
            if (p != null) {
                for (Outreach.Stop stop : unit.stops()) {
                    out.computeIfAbsent(p, k -> new HashMap<>()).merge(stop.commune(),
                            stop.halfDaysPerMonth() / halfDaysPerFte, Double::sum);
                }
            }
        }
        out.replaceAll((p, m) -> Map.copyOf(m));
        return out;
    }
}
