package fr.oasis.accessibility;

import fr.oasis.practitioner.Profession;
import java.util.Map;

/**
 * Supply that no practitioner file holds, added to the APL of one profession when its owner's
 * setting says so: e.g. the half-days of mobile units ({@code fr.oasis.outreach}), counted as
 * fractional full-time equivalents in the communes they stop in. Implemented by the feature that
 * owns the data (this package knows nothing of it); the computation adds it to the all-ages
 * variant only (no age is known), and every APL computed with it carries {@link #label()} in its
 * unit, so no page shows it without saying so. Implementations are thread-safe.
 */
public interface SupplySupplement {

    /** Whether the setting is on; when off, nothing is added and the APL does not depend on this data. */
    boolean enabled();

    /** Full-time equivalents by commune code for {@code profession}; empty when none (or when off). */
    Map<String, Double> fte(Profession profession);

    /** What every APL computed with it says on screen, e.g. "APL incluant les unités mobiles (estimation)". */
    String label();

    /** One line for the run's parameters (what was added, from which data). */
    String describe(Profession profession);
}
