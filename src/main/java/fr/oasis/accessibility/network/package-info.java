/**
 * Road-network sources: files that become the engine's
 * {@link fr.oasis.accessibility.engine.RoadNetwork} (tower nodes at WGS84 positions, directed arcs
 * with travel minutes and metres). Each source applies its own, documented speed rule and hands
 * arcs to {@code RoadNetwork.builder}; routing never needs to know where a network came from.
 *
 * <p>{@link fr.oasis.accessibility.network.OsmNetworkReader} reads OpenStreetMap {@code .osm.pbf}
 * extracts through GraphHopper's import (car access and speeds). No Spring, no database: the
 * {@code apl} batch command and the application use the same readers. Bad input is an
 * {@link java.lang.IllegalArgumentException} naming the file and what is wrong.
 */
package fr.oasis.accessibility.network;
