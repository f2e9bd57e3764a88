package fr.oasis.importer;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.Collection;
import java.util.Locale;

/**
 * The bounding box of a territory (its contours, WGS84 degrees) widened by {@link #MARGIN_DEGREES},
 * against which imported positions are checked: a reference point or a practitioner beyond it is
 * a careless export (coordinates swapped, another territory's file, a wrong column), refused
 * naming the record and the value instead of being stored and only reported later. Immutable.
 */
final class TerritoryExtent {
    /** About a kilometre: rounding of the positions and of simplified contours, nothing more. */
    static final double MARGIN_DEGREES = 0.01;

    private final Envelope box;

    private TerritoryExtent(Envelope box) {
        this.box = box;
    }

    /** The extent of the geometries (null ones skipped); empty when there are none. */
    static TerritoryExtent of(Collection<? extends Geometry> geometries) {
        Envelope box = new Envelope();
        for (Geometry g : geometries) {
            if (g != null) {
                box.expandToInclude(g.getEnvelopeInternal());
            }
        }
        if (!box.isNull()) {
            box.expandBy(MARGIN_DEGREES);
        }
        return new TerritoryExtent(box);
    }

    /** True when no geometry was given: nothing to check against. */
    boolean isEmpty() {
        return box.isNull();
    }

    /** Null when the position is within the extent (or the extent is empty), else why not, with the value. */
    String problem(double lon, double lat) {
        if (box.isNull() || box.contains(lon, lat)) {
            return null;
        }
        String swapped = box.contains(lat, lon) ? "; it looks like [lat, lon], latitude first" : "";
        return String.format(Locale.ROOT, "(%s, %s) is outside the territory's bounding box (lon %.3f to %.3f,"
                + " lat %.3f to %.3f)%s", lon, lat, box.getMinX(), box.getMaxX(), box.getMinY(), box.getMaxY(), swapped);
    }
}
