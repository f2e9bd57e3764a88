package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.accessibility.network.RoadSpeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code network} source of a manifest: a folder or a file, optional speeds, clear errors. */
class ImportManifestNetworkTest {
    @TempDir
    Path dir;

    private Path manifest(String sources) throws IOException {
        Files.createDirectories(dir.resolve("roads"));
        return Files.writeString(dir.resolve("m.yml"), "name: test\nsources:\n" + sources);
    }

    @Test
    void aNetworkNamesAFolderAndMayOverrideSomeTierSpeeds() throws IOException {
        ImportManifest m = ImportManifest.read(manifest("""
                  - type: network
                    path: roads
                    vintage: 2026
                    label: "Travel Mapping"
                    speeds: "1:100:1.05,5:65:1.2"
                  - type: network
                    path: roads
                    vintage: 2025
                """));
        ImportManifest.Source first = m.sources(ImportManifest.SourceType.NETWORK).get(0);
        assertThat(first.files()).containsExactly(dir.resolve("roads"));
        assertThat(first.label()).isEqualTo("Travel Mapping");
        assertThat(first.speeds().tier(1).kmh()).isEqualTo(100);
        assertThat(first.speeds().tier(5).detour()).isEqualTo(1.2);
        assertThat(first.speeds().tier(4)).as("tiers not named keep their default").isEqualTo(RoadSpeeds.DEFAULT.tier(4));
        ImportManifest.Source second = m.sources(ImportManifest.SourceType.NETWORK).get(1);
        assertThat(second.speeds()).isEqualTo(RoadSpeeds.DEFAULT);
        assertThat(second.label()).isEqualTo("network");
        assertThat(ImportManifest.SourceType.NETWORK.territorial()).isFalse();
    }

    @Test
    void badSpeedsNameTheManifestTheSourceAndTheField() throws IOException {
        Path m = manifest("""
                  - type: network
                    path: roads
                    vintage: 2026
                    speeds: "1:fast:1.05"
                """);
        assertThatThrownBy(() -> ImportManifest.read(m)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).file()).isEqualTo("m.yml");
            assertThat(e.problems().get(0).location()).isEqualTo("source 1");
            assertThat(e.problems().get(0).field()).isEqualTo("speeds");
            assertThat(e.problems().get(0).message()).contains("1:fast:1.05");
        });
    }

    @Test
    void speedsBelongToNetworksAndFoldersOnlyToNetworks() throws IOException {
        Path speeds = manifest("""
                  - type: practitioners
                    path: m.yml
                    vintage: 2026
                    speeds: "1:100:1.05"
                """);
        assertThatThrownBy(() -> ImportManifest.read(speeds)).isInstanceOf(ImportException.class)
                .hasMessageContaining("field 'speeds'");
        Path folder = manifest("""
                  - type: practitioners
                    path: roads
                    vintage: 2026
                """);
        assertThatThrownBy(() -> ImportManifest.read(folder)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no such file: roads");
        Path missing = manifest("""
                  - type: network
                    path: nowhere
                    vintage: 2026
                """);
        assertThatThrownBy(() -> ImportManifest.read(missing)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no such file or folder: nowhere");
        Files.writeString(dir.resolve("roads.osm.pbf"), "");
        Path osmSpeeds = manifest("""
                  - type: network
                    path: roads.osm.pbf
                    vintage: 2026
                    speeds: "1:100:1.05"
                """);
        assertThatThrownBy(() -> ImportManifest.read(osmSpeeds)).isInstanceOf(ImportException.class)
                .hasMessageContaining("field 'speeds'").hasMessageContaining("maxspeed");
        Path two = manifest("""
                  - type: network
                    paths: [roads, m.yml]
                    vintage: 2026
                """);
        assertThatThrownBy(() -> ImportManifest.read(two)).isInstanceOf(ImportException.class)
                .hasMessageContaining("exactly one folder or file");
    }
}
