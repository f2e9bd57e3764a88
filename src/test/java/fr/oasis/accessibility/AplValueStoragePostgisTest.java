package fr.oasis.accessibility;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class AplValueStoragePostgisTest extends AplValueStorageContract {
}
