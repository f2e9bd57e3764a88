package fr.oasis.health;

import fr.oasis.demo.InitialLoad;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code startup}, part of the readiness group: UP only when every Flyway
 * migration has been applied and the start-up load (the demonstration territory in an empty
 * database) is done; OUT_OF_SERVICE before. The migration check reads the schema history until
 * it has once found nothing pending, then is remembered (migrations only run at start).
 * Thread-safe.
 */
@Component("startup")
class StartupReadiness implements HealthIndicator {
    private final ObjectProvider<Flyway> flyway;
    private final InitialLoad initialLoad;
    private volatile boolean migrated;

    StartupReadiness(ObjectProvider<Flyway> flyway, InitialLoad initialLoad) {
        this.flyway = flyway;
        this.initialLoad = initialLoad;
    }

    @Override
    public Health health() {
        if (!migrated) {
            Flyway f = flyway.getIfAvailable();
            int pending = f == null ? 0 : f.info().pending().length;
            if (pending > 0) {
                return Health.outOfService().withDetail("migrations", pending + " pending").build();
            }
            migrated = true;
        }
        if (!initialLoad.done()) {
            return Health.outOfService().withDetail("initialLoad", initialLoad.loadingDemo()
                    ? "loading the demonstration territory" : "starting").build();
        }
        return Health.up().build();
    }
}
