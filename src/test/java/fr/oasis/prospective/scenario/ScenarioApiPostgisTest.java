package fr.oasis.prospective.scenario;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ScenarioApiPostgisTest extends ScenarioApiContract {
}
