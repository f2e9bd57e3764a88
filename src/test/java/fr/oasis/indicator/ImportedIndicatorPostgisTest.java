package fr.oasis.indicator;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ImportedIndicatorPostgisTest extends ImportedIndicatorContract {
}
