package fr.oasis.indicator;

import fr.oasis.support.UsesH2;

@UsesH2
class OfficialExportsImportH2Test extends OfficialExportsImportContract {
}
