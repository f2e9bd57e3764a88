package fr.oasis.prospective.retirement;

import fr.oasis.report.FrenchNumbers;
import org.springframework.stereotype.Component;

/**
 * The numbers of the prospective pages, as the templates call them ({@code @prospectiveFormat}):
 * the one French formatter ({@link FrenchNumbers}) with the units these pages show. Stateless.
 */
@Component("prospectiveFormat")
public class ProspectiveFormat {

    /** A number with its unit ("1 234 hab.", "2,47"), a dash when missing. */
    public String n(Double value, String unit) {
        return FrenchNumbers.withUnit(value, unit);
    }

    /** A signed difference, for "after - before". */
    public String delta(Double after, Double before, String unit) {
        return after == null || before == null ? FrenchNumbers.MISSING : FrenchNumbers.signed(after - before, unit);
    }

    /** Minutes, "non atteint" when there is no time (no practitioner reachable). */
    public String minutes(Double value) {
        return value == null ? "non atteint" : FrenchNumbers.withUnit(value, "min");
    }
}
