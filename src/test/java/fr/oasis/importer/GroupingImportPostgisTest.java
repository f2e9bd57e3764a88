package fr.oasis.importer;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class GroupingImportPostgisTest extends GroupingImportContract {
}
