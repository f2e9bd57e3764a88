package fr.oasis.importer;

/** Another import holds the import lock; the message is one French sentence for the user. */
public class ImportBusyException extends RuntimeException {
    public ImportBusyException(String message) {
        super(message);
    }
}
