/**
 * Road networks read from files into the engine's {@link fr.oasis.accessibility.engine.RoadNetwork}
 * (nodes at WGS84 positions, directed arcs with travel minutes and metres). Each source applies its
 * own, documented speed rule; routing never needs to know where a network came from:
 * <ul>
 * <li>the Travel Mapping "nodes + edges" CSV folder ({@link fr.oasis.accessibility.network.TravelMappingReader},
 * speeds per road tier from {@link fr.oasis.accessibility.network.RoadSpeeds});</li>
 * <li>OpenStreetMap {@code .osm.pbf} extracts ({@link fr.oasis.accessibility.network.OsmNetworkReader},
 * through GraphHopper's import: car access and speeds).</li>
 * </ul>
 * {@link fr.oasis.accessibility.network.RoadNetworkFiles} picks the reader from the path. No Spring,
 * no database: the {@code apl} batch command and the server use the same readers. Bad input is an
 * {@link java.lang.IllegalArgumentException} (for the CSV reader a
 * {@link fr.oasis.accessibility.network.NetworkFileException} naming file, line and field).
 */
package fr.oasis.accessibility.network;
