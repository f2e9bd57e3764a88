package fr.oasis.prospective.scenario;

import fr.oasis.support.UsesH2;

@UsesH2
class ScenarioApiH2Test extends ScenarioApiContract {
}
