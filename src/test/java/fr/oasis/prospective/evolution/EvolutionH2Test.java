package fr.oasis.prospective.evolution;

import fr.oasis.support.UsesH2;

@UsesH2
class EvolutionH2Test extends EvolutionContract {
}
