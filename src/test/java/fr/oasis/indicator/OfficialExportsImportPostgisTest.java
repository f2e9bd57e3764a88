package fr.oasis.indicator;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class OfficialExportsImportPostgisTest extends OfficialExportsImportContract {
}
