package fr.oasis.report.compare;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ComparisonPostgisTest extends ComparisonContract {
}
