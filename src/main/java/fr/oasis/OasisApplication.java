package fr.oasis;

import fr.oasis.accessibility.batch.AplCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. {@code apl ...} runs the accessibility batch command without Spring (it must start
 * in milliseconds and touch no database); anything else starts the Spring application.
 */
@SpringBootApplication
public class OasisApplication {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("apl")) {
            System.exit(AplCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(OasisApplication.class, args);
    }
}
