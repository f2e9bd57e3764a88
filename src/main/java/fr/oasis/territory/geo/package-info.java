/**
 * Territory geometry operations: turning published commune contours into the current
 * communes, dissolving them into EPCI, département and région contours, preparing map-ready
 * versions per zoom level, and choosing each commune's reference point.
 * <p>
 * Every geometry here is in WGS84 longitude/latitude (EPSG:4326); {@link fr.oasis.territory.geo.Lambert93}
 * converts to metres when an area or distance matters. The communes of one level form a
 * <em>polygonal coverage</em>: polygons that share edges exactly, with no gaps and no overlaps.
 * The operations keep that property, because a map whose neighbours drift apart shows slivers,
 * and a union over a coverage can be computed edge-wise, far faster than an overlay.
 * <p>
 * The classes follow JTS conventions: one operation per class, a static shortcut, a
 * constructor plus {@code compute}, and a result that reports what could not be done instead of
 * silently dropping it. They depend on JTS and the JDK only.
 */
package fr.oasis.territory.geo;
