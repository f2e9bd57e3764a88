package fr.oasis.structure;

import fr.oasis.support.UsesH2;

@UsesH2
class StructureImportH2Test extends StructureImportContract {
}
