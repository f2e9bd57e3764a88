package fr.oasis.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} and the {@code Dockerfile} cannot be run here (no Docker engine), so
 * they are checked by reading them: the compose file parses, its app service uses the settings the
 * application reads (postgis profile, database URL pointing at the db service, home volume), its
 * health check is the readiness probe, and the image is layered, non-root, with a heap setting.
 */
class DockerComposeTest {
    @SuppressWarnings("unchecked")
    @Test
    void composeFileMatchesTheApplicationSettings() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("db", "app");
        Map<String, Object> db = (Map<String, Object>) services.get("db");
        assertThat((String) db.get("image")).startsWith("postgis/postgis:15");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgis")
                .containsEntry("OASIS_DB_URL", "jdbc:postgresql://db:5432/oasis")
                .containsKeys("OASIS_DB_USER", "OASIS_DB_PASSWORD", "OASIS_HOME", "JAVA_TOOL_OPTIONS", "OASIS_LOG_FORMAT");
        String postgisSettings = Files.readString(Path.of("src/main/resources/application-postgis.yml"));
        assertThat(postgisSettings).contains("${OASIS_DB_URL", "${OASIS_DB_USER", "${OASIS_DB_PASSWORD");
        assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
                .contains("${OASIS_HOME", "${OASIS_LOG_FORMAT", "${SERVER_PORT");
        assertThat((List<String>) app.get("volumes")).anyMatch(v -> v.endsWith(":" + env.get("OASIS_HOME")));
        Map<String, Object> depends = (Map<String, Object>) app.get("depends_on");
        assertThat(depends.get("db").toString()).contains("service_healthy");
        Map<String, Object> health = (Map<String, Object>) app.get("healthcheck");
        assertThat(health.get("test").toString()).contains("/actuator/health/readiness");
        assertThat((List<String>) app.get("ports")).contains("8080:8080");
    }

    @Test
    void imageIsLayeredNonRootWithHealthcheckAndHeapSetting() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile.indexOf("dependency:go-offline")).as("dependencies resolved before the sources")
                .isPositive().isLessThan(dockerfile.indexOf("COPY src"));
        assertThat(dockerfile.indexOf("/layers/dependencies/")).isLessThan(dockerfile.indexOf("/layers/application/"));
        assertThat(dockerfile).contains("USER oasis", "HEALTHCHECK", "/actuator/health/readiness", "MaxRAMPercentage",
                "EXPOSE 8080");
    }
}
