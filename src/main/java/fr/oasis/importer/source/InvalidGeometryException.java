package fr.oasis.importer.source;

/**
 * Why a geometry in a source file could not be decoded. Internal: readers turn it into an
 * {@link fr.oasis.importer.problem.ImportProblem} located at the feature or row. No stack trace is
 * captured, since it is expected input, not a bug.
 */
final class InvalidGeometryException extends RuntimeException {
    InvalidGeometryException(String message) {
        super(message, null, false, false);
    }
}
