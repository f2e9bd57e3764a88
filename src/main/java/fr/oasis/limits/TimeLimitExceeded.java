package fr.oasis.limits;

/**
 * A computation passed its {@link Deadline} and was abandoned. The message is French and is shown
 * to users as is (API and pages answer 503).
 */
public class TimeLimitExceeded extends RuntimeException {
    public TimeLimitExceeded(String what, java.time.Duration limit) {
        super("Le calcul (" + what + ") a été interrompu : il dépassait le temps autorisé de "
                + limit.toSeconds() + " s. Réduisez la demande (distance, nombre de professions) ou réessayez "
                + "plus tard.", null, false, false);
    }
}
