package fr.oasis.map;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class TerritoryApiPostgisTest extends TerritoryApiContract {
}
