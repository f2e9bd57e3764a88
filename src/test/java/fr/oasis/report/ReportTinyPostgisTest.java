package fr.oasis.report;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ReportTinyPostgisTest extends ReportTinyContract {
}
