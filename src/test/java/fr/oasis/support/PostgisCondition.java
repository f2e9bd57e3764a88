package fr.oasis.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RequiresPostgis}. */
class PostgisCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getProperty("oasis.test.postgis.url", "");
        if (!url.isBlank()) {
            return ConditionEvaluationResult.enabled("PostGIS at " + url);
        }
        if ("false".equals(System.getProperty("oasis.test.require-postgis"))) {
            return ConditionEvaluationResult.disabled(
                    "SKIPPED ON PURPOSE: no PostGIS configured and -Doasis.test.require-postgis=false");
        }
        throw new IllegalStateException("This test needs PostGIS: run bin/test (it installs and starts it), "
                + "or pass -Doasis.test.postgis.url=jdbc:postgresql://HOST:5432/DB, "
                + "or -Doasis.test.require-postgis=false to skip PostGIS tests explicitly");
    }
}
