package fr.oasis.importer;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ManifestImportPostgisTest extends ManifestImportContract {
}
