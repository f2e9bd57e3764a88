package fr.oasis.security;

import fr.oasis.support.UsesH2;

@UsesH2
class ApiTokenH2Test extends ApiTokenContract {
}
