package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.network.RoadSpeeds;

import java.nio.file.Path;

/**
 * The road-model part of the {@code apl} command line: which network, its speeds, the access leg
 * and how far the travel-time table reaches.
 *
 * @param network      a Travel Mapping folder or an {@code .osm.pbf} file
 * @param boundMinutes table bound, at least the last step's upper bound
 */
record RoadOptions(Path network, RoadSpeeds speeds, AccessLeg access, double boundMinutes) {
}
