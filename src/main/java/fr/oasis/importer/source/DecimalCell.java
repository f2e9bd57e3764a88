package fr.oasis.importer.source;

/**
 * Reads an optional number written with a decimal comma (INSEE) or dot.
 *
 * @deprecated the number grammar lives in {@link fr.oasis.tabular.Decimals} and a cell is read
 *             with {@link CsvTable.Row#number(String)}; kept as a forwarder for readers written
 *             against it
 */
@Deprecated
final class DecimalCell {

    private DecimalCell() {
    }

    /** The cell's number, or null when blank or (after recording an error) malformed. */
    static Double optional(CsvTable.Row row, String column, Problems problems) {
        return row.number(column);
    }
}
