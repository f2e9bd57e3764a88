package fr.oasis.prospective.evolution;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class EvolutionPostgisTest extends EvolutionContract {
}
