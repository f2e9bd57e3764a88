package fr.oasis.indicator;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class IndicatorSeriesPostgisTest extends IndicatorSeriesContract {
}
