package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.OdMatrixTravelTime;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.tabular.TableFileException;

import java.nio.file.Path;

/**
 * Reads an origin-destination table {@code origin,destination,minutes} (INSEE codes, minutes as
 * a decimal) into an {@link OdMatrixTravelTime}. Unknown codes, non-numeric or negative times and
 * duplicated pairs are errors naming the line. Pairs absent from the file are unreachable.
 */
final class OdMatrixReader {

    private OdMatrixReader() {
    }

    static OdMatrixTravelTime read(Path path, CommuneTable communes) throws InputException {
        try (DelimitedFile csv = DelimitedFile.open(path, Dialect.CSV)) {
            csv.require("origin", "destination", "minutes");
            return read(csv, communes);
        } catch (TableFileException e) {
            throw new InputException(e);
        }
    }

    private static OdMatrixTravelTime read(DelimitedFile csv, CommuneTable communes) throws InputException {
        int originColumn = csv.column("origin");
        int destinationColumn = csv.column("destination");
        int minutesColumn = csv.column("minutes");
        int size = 0;
        int[] origins = new int[1024];
        int[] destinations = new int[1024];
        double[] minutes = new double[1024];
        java.util.Map<Long, Long> lineOfPair = new java.util.HashMap<>();
        while (csv.next()) {
            if (size == origins.length) {
                origins = java.util.Arrays.copyOf(origins, size * 2);
                destinations = java.util.Arrays.copyOf(destinations, size * 2);
                minutes = java.util.Arrays.copyOf(minutes, size * 2);
            }
            origins[size] = commune(csv, originColumn, communes);
            destinations[size] = commune(csv, destinationColumn, communes);
            minutes[size] = csv.number(minutesColumn);
            if (minutes[size] < 0) {
                throw new InputException(csv.name(), csv.line(), "minutes", "negative travel time " + minutes[size]);
            }
            Long earlier = lineOfPair.put((long) origins[size] * communes.size() + destinations[size], csv.line());
            if (earlier != null) {
                throw new InputException(csv.name(), csv.line(), "destination", "pair already given on line " + earlier);
            }
            size++;
        }
        try {
            return new OdMatrixTravelTime(communes.size(), java.util.Arrays.copyOf(origins, size),
                    java.util.Arrays.copyOf(destinations, size), java.util.Arrays.copyOf(minutes, size));
        } catch (IllegalArgumentException e) {
            throw new InputException(csv.name(), 0, "", e.getMessage());
        }
    }

    private static int commune(DelimitedFile csv, int column, CommuneTable communes) throws InputException {
        int index = communes.indexByCode.get(csv, column);
        if (index < 0) {
            throw new InputException(csv.name(), csv.line(), csv.columnName(column), "commune '"
                    + csv.text(column).trim() + "' is not in " + communes.file);
        }
        return index;
    }
}
