package fr.oasis.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a Spring test against the PostGIS named by {@code -Doasis.test.postgis.url} (bin/test sets
 * it up). Without it the test FAILS, unless {@code -Doasis.test.require-postgis=false} is given,
 * in which case it is reported as skipped with the reason: never silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgisCondition.class)
@ActiveProfiles("test-postgis")
public @interface RequiresPostgis {
}
