package fr.oasis.structure;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class StructureImportPostgisTest extends StructureImportContract {
}
