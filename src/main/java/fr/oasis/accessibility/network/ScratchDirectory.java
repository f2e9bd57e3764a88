package fr.oasis.accessibility.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes a temporary directory tree (GraphHopper's graph files), deepest entries first. */
final class ScratchDirectory {

    private ScratchDirectory() {
    }

    /**
     * Deletes {@code directory} and everything below it; a directory already gone is fine.
     *
     * @throws UncheckedIOException when something cannot be deleted (the path is in the message)
     */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(directory)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary directory " + directory, e);
        }
    }
}
