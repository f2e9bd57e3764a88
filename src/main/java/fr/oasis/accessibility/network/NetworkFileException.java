package fr.oasis.accessibility.network;

import fr.oasis.tabular.TableFileException;

/**
 * Bad input in a road network file, located for the person who has to fix it: the message reads
 * {@code "tm_graph_edges.csv, line 12, field 'to_node': node 999 is not in tm_graph_nodes.csv"}.
 * An {@link IllegalArgumentException}, as the engine reports every bad input.
 */
public final class NetworkFileException extends IllegalArgumentException {

    private final String file;
    private final long line;
    private final String field;
    private final String problem;

    /**
     * @param line  1-based line (the header is line 1), or 0 for the whole file
     * @param field column name, or empty
     */
    public NetworkFileException(String file, long line, String field, String problem) {
        super(TableFileException.locate(file, line, field) + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
