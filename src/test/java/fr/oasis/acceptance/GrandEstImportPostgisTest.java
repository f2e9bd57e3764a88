package fr.oasis.acceptance;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class GrandEstImportPostgisTest extends GrandEstImportContract {
}
