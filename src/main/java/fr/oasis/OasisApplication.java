package fr.oasis;

import fr.oasis.accessibility.batch.AplCommand;
import fr.oasis.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. {@code apl ...} runs the accessibility batch command without Spring (it must start
 * in milliseconds and touch no database); {@code import --manifest F} runs an import without the
 * web server; anything else starts the portal.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
public class OasisApplication {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("apl")) {
            System.exit(AplCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(OasisApplication.class, args);
    }

    /**
     * Runs an import with the application's configuration but no web server. Beside a running
     * portal this process is a remote client of the portal's H2 (AUTO_SERVER), which by default
     * fetches result rows 100 per network round trip: an import reads every commune several times
     * (codes, names, contours), so this process fetches up to 10,000 rows per round trip unless
     * {@code -Dh2.serverResultSetFetchSize} says otherwise (read once, when H2 loads).
     */
    private static int runImport(String[] args) {
        if (System.getProperty("h2.serverResultSetFetchSize") == null) {
            System.setProperty("h2.serverResultSetFetchSize", "10000");
        }
        try (var context = new SpringApplicationBuilder(OasisApplication.class).web(WebApplicationType.NONE)
                .properties("oasis.demo.load-when-empty=false").run(args)) {
            return context.getBean(ImportCommand.class).run(args);
        }
    }
}
