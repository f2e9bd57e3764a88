package fr.oasis.accessibility;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class RoadTravelTimesPostgisTest extends RoadTravelTimesContract {
}
