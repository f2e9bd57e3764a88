package fr.oasis.territory;

import fr.oasis.support.UsesH2;

@UsesH2
class GroupingVersionsH2Test extends GroupingVersionsContract {
}
