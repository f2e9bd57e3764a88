package fr.oasis.security;

import fr.oasis.support.UsesH2;

@UsesH2
class AccessH2Test extends AccessContract {
}
