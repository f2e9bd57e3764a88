package fr.oasis.accessibility;

import fr.oasis.support.UsesH2;

@UsesH2
class ProximityLimitsH2Test extends ProximityLimitsContract {
}
