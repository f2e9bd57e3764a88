package fr.oasis.acceptance;

import fr.oasis.support.UsesH2;

@UsesH2
class GrandEstImportH2Test extends GrandEstImportContract {
}
