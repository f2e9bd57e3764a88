package fr.oasis.territory;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class GroupingVersionsPostgisTest extends GroupingVersionsContract {
}
