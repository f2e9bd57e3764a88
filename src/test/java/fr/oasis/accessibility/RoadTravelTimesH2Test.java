package fr.oasis.accessibility;

import fr.oasis.support.UsesH2;

@UsesH2
class RoadTravelTimesH2Test extends RoadTravelTimesContract {
}
