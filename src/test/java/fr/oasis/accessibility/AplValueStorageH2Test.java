package fr.oasis.accessibility;

import fr.oasis.support.UsesH2;

@UsesH2
class AplValueStorageH2Test extends AplValueStorageContract {
}
