package fr.oasis.report;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ReportVintagesPostgisTest extends ReportVintagesContract {
}
