package fr.oasis.importer;

import fr.oasis.support.UsesH2;

@UsesH2
class NetworkImportH2Test extends NetworkImportContract {
}
