package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.TravelTimeModel;
import java.util.List;
import java.util.Locale;

/**
 * The travel times the indicators of a model use, and how to explain them: which kind, on which
 * road network, and which communes the network could not reach.
 *
 * @param kind        road or crow-fly
 * @param model       the engine's model over the communes of the accessibility model
 * @param network     the road network vintage for {@link Kind#ROAD}, null for crow-fly
 * @param unsnapped   codes of the communes too far from any road to be linked (road only): they
 *                    reach only themselves, their times to others are unreached, never 0
 * @param description how times are obtained, with every parameter (and, for crow-fly chosen by
 *                    {@code auto}, why no network was used)
 */
record TravelTimes(Kind kind, TravelTimeModel model, RoadNetworkView network, List<String> unsnapped,
                   String description) {

    /** How many unsnapped codes the run parameters list (the count is always given). */
    static final int LISTED_UNSNAPPED = 50;

    /** The two models the server can use. */
    enum Kind {
        ROAD, CROW_FLY;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    TravelTimes {
        unsnapped = List.copyOf(unsnapped);
    }

    String describe() {
        return description;
    }

    /** What the run parameters say about the communes the network does not reach; empty when none. */
    String unsnappedNote() {
        if (unsnapped.isEmpty()) {
            return "";
        }
        List<String> shown = unsnapped.subList(0, Math.min(unsnapped.size(), LISTED_UNSNAPPED));
        return "; communes not linked to the road network (" + unsnapped.size() + ", no time to others): "
                + String.join(", ", shown) + (unsnapped.size() > shown.size() ? ", ..." : "");
    }
}
