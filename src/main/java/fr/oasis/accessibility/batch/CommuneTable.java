package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.Demand;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.tabular.TableFileException;

import java.nio.file.Path;

/**
 * The communes file, numbered densely in file order: {@code code,lon,lat} then either the six
 * age bands {@code pop_0_14,pop_15_29,pop_30_44,pop_45_59,pop_60_74,pop_75p} or one
 * {@code population} column (then demand is not age-standardised). This is where INSEE codes
 * become engine indices, and {@link #codes} turns them back on output.
 */
final class CommuneTable {

    static final String[] BAND_COLUMNS = {"pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75p"};

    final String file;
    final String[] codes;
    /** Commune codes numbered in file order: the code of commune i has index i. */
    final ByteKeyIndex indexByCode;
    final double[] lon;
    final double[] lat;
    /** {@code [band][commune]}, or null when only totals are known. */
    final double[][] populationByBand;
    final double[] population;

    private CommuneTable(String file, String[] codes, ByteKeyIndex indexByCode, double[] lon, double[] lat,
                         double[][] populationByBand, double[] population) {
        this.file = file;
        this.codes = codes;
        this.indexByCode = indexByCode;
        this.lon = lon;
        this.lat = lat;
        this.populationByBand = populationByBand;
        this.population = population;
    }

    int size() {
        return codes.length;
    }

    static CommuneTable read(Path path, boolean needCoordinates) throws InputException {
        try (DelimitedFile csv = DelimitedFile.open(path, Dialect.CSV)) {
            return read(csv, needCoordinates);
        } catch (TableFileException e) {
            throw new InputException(e);
        }
    }

    /** A generous guess of the number of lines of a file (short lines of ~24 bytes), to size arrays once. */
    static int expectedLines(DelimitedFile csv) {
        return (int) Math.min(1 << 26, csv.size() / 24 + 16);
    }

    private static CommuneTable read(DelimitedFile csv, boolean needCoordinates) throws InputException {
        csv.require(needCoordinates ? new String[] {"code", "lon", "lat"} : new String[] {"code"});
        int codeColumn = csv.column("code");
        int lonColumn = csv.column("lon");
        int latColumn = csv.column("lat");
        int[] bandColumns = bandColumns(csv);
        int totalColumn = bandColumns == null ? csv.column("population") : -1;
        Rows rows = new Rows(expectedLines(csv));
        ByteKeyIndex indexByCode = new ByteKeyIndex(expectedLines(csv));
        while (csv.next()) {
            String code = csv.text(codeColumn).strip();
            if (code.isEmpty()) {
                throw new InputException(csv.name(), csv.line(), "code", "empty commune code");
            }
            if (indexByCode.add(csv, codeColumn) < 0) {
                throw new InputException(csv.name(), csv.line(), "code", "commune " + code
                        + " already given on an earlier line");
            }
            double x = lonColumn < 0 ? Double.NaN : csv.number(lonColumn);
            double y = latColumn < 0 ? Double.NaN : csv.number(latColumn);
            if (lonColumn >= 0 && !(x >= -180 && x <= 180 && y >= -85 && y <= 85)) {
                throw new InputException(csv.name(), csv.line(), "lon", "lon/lat (" + x + ", " + y
                        + ") outside [-180, 180] x [-85, 85]");
            }
            rows.add(code, x, y);
            if (bandColumns != null) {
                for (int b = 0; b < bandColumns.length; b++) {
                    rows.bands[b][rows.size - 1] = population(csv, bandColumns[b]);
                }
            } else {
                rows.bands[0][rows.size - 1] = population(csv, totalColumn);
            }
        }
        return rows.toTable(csv.name(), indexByCode, bandColumns != null);
    }

    private static int[] bandColumns(DelimitedFile csv) {
        if (csv.column(BAND_COLUMNS[0]) < 0 && csv.column("population") >= 0) {
            return null;
        }
        csv.require(BAND_COLUMNS);
        int[] columns = new int[BAND_COLUMNS.length];
        for (int b = 0; b < columns.length; b++) {
            columns[b] = csv.column(BAND_COLUMNS[b]);
        }
        return columns;
    }

    private static double population(DelimitedFile csv, int column) throws InputException {
        double value = csv.number(column);
        if (value < 0) {
            throw new InputException(csv.name(), csv.line(), csv.columnName(column), "negative population " + value);
        }
        return value;
    }

    /** Column arrays growing as lines are read. */
    private static final class Rows {
        int size;
        String[] codes;
        double[] lon;
        double[] lat;
        double[][] bands;

        Rows(int capacity) {
            codes = new String[capacity];
            lon = new double[capacity];
            lat = new double[capacity];
            bands = new double[Demand.BAND_COUNT][capacity];
        }

        void add(String code, double x, double y) {
            if (size == codes.length) {
                int capacity = size * 2;
                codes = java.util.Arrays.copyOf(codes, capacity);
                lon = java.util.Arrays.copyOf(lon, capacity);
                lat = java.util.Arrays.copyOf(lat, capacity);
                for (int b = 0; b < bands.length; b++) {
                    bands[b] = java.util.Arrays.copyOf(bands[b], capacity);
                }
            }
            codes[size] = code;
            lon[size] = x;
            lat[size] = y;
            size++;
        }

        CommuneTable toTable(String file, ByteKeyIndex indexByCode, boolean withBands) {
            double[][] byBand = new double[Demand.BAND_COUNT][];
            double[] total = new double[size];
            for (int b = 0; b < byBand.length; b++) {
                byBand[b] = java.util.Arrays.copyOf(bands[b], size);
                for (int i = 0; i < size; i++) {
                    total[i] += byBand[b][i];
                }
            }
            return new CommuneTable(file, java.util.Arrays.copyOf(codes, size), indexByCode,
                    java.util.Arrays.copyOf(lon, size), java.util.Arrays.copyOf(lat, size),
                    withBands ? byBand : null, total);
        }
    }
}
