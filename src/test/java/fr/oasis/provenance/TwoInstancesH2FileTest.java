package fr.oasis.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default as it runs: an H2 file opened with {@code AUTO_SERVER=TRUE} (the
 * production setting), the first instance holding it like the portal, the second connecting to
 * it through the first like the {@code import} command run beside the portal.
 */
class TwoInstancesH2FileTest extends TwoInstancesContract {
    private final Path folder;

    TwoInstancesH2FileTest() throws IOException {
        folder = Files.createTempDirectory("oasis-two-instances");
    }

    @Override
    String profile() {
        return "test-h2";
    }

    @Override
    String[] arguments() {
        return new String[] {"--spring.datasource.url=jdbc:h2:file:" + folder.resolve("oasis").toAbsolutePath()
                + ";AUTO_SERVER=TRUE"};
    }
}
