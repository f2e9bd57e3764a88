package fr.oasis.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real Grand Est open data lie (../shared/data, never copied into the repository).
 * Acceptance tests call {@link #folder()}: with {@code -Doasis.acceptance=true} a missing folder
 * is a failure; without it the test is reported as skipped with the reason.
 */
public final class RealData {
    private RealData() {
    }

    public static Path folder() {
        boolean wanted = "true".equals(System.getProperty("oasis.acceptance"));
        assumeTrue(wanted, "acceptance on real data not requested (bin/test enables it when ../shared/data exists)");
        Path folder = Path.of(System.getProperty("oasis.shared.data", "../shared/data"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("oasis.acceptance=true but no data folder at " + folder.toAbsolutePath());
        }
        return folder;
    }
}
