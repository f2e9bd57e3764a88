package fr.oasis.gis;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs GDAL's command-line tools ({@code ogrinfo}, {@code ogr2ogr} from Debian's {@code gdal-bin})
 * as a GIS user would, with HTTP Basic credentials. Fails (never skips) when they are missing:
 * {@code bin/setup-test-env} installs them. {@code OASIS_GDAL_BIN} may name the folder holding
 * them (default: the {@code PATH}).
 */
final class GdalClient {
    private final String user;
    private final String password;

    GdalClient(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The tool's standard output; fails the test on a non-zero exit, with its error output. */
    String run(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable(tool));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("GDAL_HTTP_AUTH", "BASIC");
        builder.environment().put("GDAL_HTTP_USERPWD", user + ":" + password);
        builder.environment().put("CPL_LOG_ERRORS", "ON");
        Path stderr = Files.createTempFile("gdal-", ".err");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(tool + " did not finish within 180 s");
        }
        String errors = Files.readString(stderr);
        Files.delete(stderr);
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + errors);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String executable(String tool) {
        String folder = System.getenv("OASIS_GDAL_BIN");
        List<Path> candidates = new ArrayList<>();
        if (folder != null && !folder.isBlank()) {
            candidates.add(Path.of(folder, tool));
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir, tool));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseGet(() -> fail(tool + " is missing: run bin/setup-test-env (as root) to install Debian's "
                        + "gdal-bin, or set OASIS_GDAL_BIN to the folder holding GDAL's tools"));
    }
}
