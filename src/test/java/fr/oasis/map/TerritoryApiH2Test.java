package fr.oasis.map;

import fr.oasis.support.UsesH2;

@UsesH2
class TerritoryApiH2Test extends TerritoryApiContract {
}
