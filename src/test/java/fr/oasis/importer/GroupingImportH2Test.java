package fr.oasis.importer;

import fr.oasis.support.UsesH2;

@UsesH2
class GroupingImportH2Test extends GroupingImportContract {
}
