package fr.oasis.importer.source;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import java.util.Arrays;

/**
 * Decodes a GeoPackage geometry blob (OGC 12-128r18, section 2.1.3): the header
 * {@code "GP"}, version, flags, srs_id and optional envelope, then standard WKB.
 * <p>
 * Flags byte: bit 0 byte order of the header (WKB states its own), bits 1-3 envelope contents
 * (0 none, 1 xy = 32 bytes, 2 xyz and 3 xym = 48, 4 xyzm = 64), bit 4 empty geometry, bit 5
 * extended (non-standard) geometry type, which is refused. The envelope is skipped: JTS computes
 * its own. Stateless; thread-safe as long as each thread passes its own factory.
 */
final class GeoPackageGeometry {
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};
    private static final int HEADER_BYTES = 8;

    private GeoPackageGeometry() {
    }

    /**
     * @return the geometry, empty when the blob's empty flag is set
     * @throws InvalidGeometryException if the blob is not a standard GeoPackage geometry
     */
    static Geometry decode(byte[] blob, GeometryFactory factory) {
        if (blob == null || blob.length < HEADER_BYTES || blob[0] != 'G' || blob[1] != 'P') {
            throw new InvalidGeometryException("not a GeoPackage geometry blob (no 'GP' magic)");
        }
        if (blob[2] != 0) {
            throw new InvalidGeometryException("unsupported GeoPackage geometry version " + blob[2]);
        }
        int flags = blob[3];
        if ((flags & 0b10_0000) != 0) {
            throw new InvalidGeometryException("extended GeoPackage geometry types are not supported");
        }
        int envelope = (flags >> 1) & 0b111;
        if (envelope >= ENVELOPE_BYTES.length) {
            throw new InvalidGeometryException("invalid envelope indicator " + envelope + " in geometry flags");
        }
        if ((flags & 0b1_0000) != 0) {
            return factory.createGeometryCollection();
        }
        int offset = HEADER_BYTES + ENVELOPE_BYTES[envelope];
        if (blob.length <= offset) {
            throw new InvalidGeometryException("geometry blob truncated (" + blob.length + " bytes)");
        }
        try {
            return new WKBReader(factory).read(Arrays.copyOfRange(blob, offset, blob.length));
        } catch (ParseException | RuntimeException e) {
            throw new InvalidGeometryException("malformed WKB: " + e.getMessage());
        }
    }
}
