package fr.oasis.accessibility.batch;

/** The {@code apl} batch command (benchmark contract). Being written. */
public final class AplCommand {
    private AplCommand() {
    }

    public static int run(String[] args) {
        System.err.println("apl: not implemented yet");
        return 2;
    }
}
