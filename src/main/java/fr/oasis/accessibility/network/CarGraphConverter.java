package fr.oasis.accessibility.network;

import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import fr.oasis.accessibility.engine.RoadNetwork;

import java.util.Arrays;

/**
 * Turns GraphHopper's base graph into a {@link RoadNetwork}: every edge the car weighting can
 * travel becomes one arc per open direction, with the weighting's time and the edge's length.
 *
 * <p>GraphHopper edges run from node A to node B; {@code reverse = false} is A to B. An edge whose
 * weight is infinite in a direction (no car access, one-way) has no arc that way. Nodes reached
 * by no arc are left out, so node indices are renumbered densely in GraphHopper's order.
 * Self-loops (an edge from a node back to itself) cannot shorten a path and are skipped. Two passes over the edges (mark
 * nodes, then add arcs), so memory is the network plus one {@code int} per GraphHopper node.
 */
final class CarGraphConverter {

    private static final double MILLIS_PER_MINUTE = 60_000.0;

    private CarGraphConverter() {
    }

    static RoadNetwork convert(BaseGraph graph, Weighting car, String description) {
        int[] index = new int[graph.getNodes()];
        Arrays.fill(index, -1);
        AllEdgesIterator edge = graph.getAllEdges();
        while (edge.next()) {
            if (edge.getBaseNode() != edge.getAdjNode() && (open(car, edge, false) || open(car, edge, true))) {
                index[edge.getBaseNode()] = 0;
                index[edge.getAdjNode()] = 0;
            }
        }
        RoadNetwork.Builder network = RoadNetwork.builder(description);
        NodeAccess nodes = graph.getNodeAccess();
        for (int node = 0; node < index.length; node++) {
            if (index[node] == 0) {
                index[node] = network.node(nodes.getLon(node), nodes.getLat(node));
            }
        }
        edge = graph.getAllEdges();
        while (edge.next()) {
            int a = edge.getBaseNode();
            int b = edge.getAdjNode();
            if (a == b) {
                continue;
            }
            boolean forward = open(car, edge, false);
            boolean backward = open(car, edge, true);
            double meters = edge.getDistance();
            double forwardMinutes = forward ? car.calcEdgeMillis(edge, false) / MILLIS_PER_MINUTE : 0;
            double backwardMinutes = backward ? car.calcEdgeMillis(edge, true) / MILLIS_PER_MINUTE : 0;
            if (forward && backward && forwardMinutes == backwardMinutes) {
                network.road(index[a], index[b], forwardMinutes, meters, true);
                continue;
            }
            if (forward) {
                network.road(index[a], index[b], forwardMinutes, meters, false);
            }
            if (backward) {
                network.road(index[b], index[a], backwardMinutes, meters, false);
            }
        }
        return network.build();
    }

    private static boolean open(Weighting car, AllEdgesIterator edge, boolean reverse) {
        return Double.isFinite(car.calcEdgeWeight(edge, reverse));
    }
}
