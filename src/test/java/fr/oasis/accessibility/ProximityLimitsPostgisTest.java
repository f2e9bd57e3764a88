package fr.oasis.accessibility;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ProximityLimitsPostgisTest extends ProximityLimitsContract {
}
