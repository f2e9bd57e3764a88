package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar oasis.jar import --manifest FILE.yml}: runs the import into the configured
 * database, prints the summary, and returns a non-zero exit code on failure. The import is one
 * transaction: on failure nothing was changed, and the message says so.
 */
@Component
public class ImportCommand {
    private final ManifestImporter importer;

    ImportCommand(ManifestImporter importer) {
        this.importer = importer;
    }

    public int run(String[] args) {
        Path manifest = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--manifest") && i + 1 < args.length) {
                manifest = Path.of(args[++i]);
            } else if (args[i].startsWith("--manifest=")) {
                manifest = Path.of(args[i].substring("--manifest=".length()));
            }
        }
        if (manifest == null) {
            System.err.println("usage: java -jar oasis.jar import --manifest FILE.yml");
            return 2;
        }
        try {
            ImportReport report = importer.run(ImportManifest.read(manifest), "cli");
            System.out.println("Import succeeded (" + manifest + "):\n" + report.summary());
            return 0;
        } catch (ImportBusyException e) {
            System.err.println("Import FAILED, nothing was changed: " + e.getMessage());
            return 1;
        } catch (ImportException e) {
            System.err.println("Import FAILED, nothing was changed. Problems:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 1;
        } catch (RuntimeException e) {
            System.err.println("Import FAILED, nothing was changed: " + e.getMessage());
            return 1;
        }
    }
}
