/**
 * Road networks read from files into the engine's {@link fr.oasis.accessibility.engine.RoadNetwork}:
 * the Travel Mapping "nodes + edges" CSV folder ({@link fr.oasis.accessibility.network.TravelMappingReader},
 * speeds per road tier from {@link fr.oasis.accessibility.network.RoadSpeeds}) and, at merge, the
 * OpenStreetMap reader; {@link fr.oasis.accessibility.network.RoadNetworkFiles} picks the reader
 * from the path. No Spring: used by the {@code apl} batch command and by the server alike. Bad
 * input is a {@link fr.oasis.accessibility.network.NetworkFileException} naming file, line and field.
 */
package fr.oasis.accessibility.network;
