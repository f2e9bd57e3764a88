package fr.oasis.indicator;

import fr.oasis.support.UsesH2;

@UsesH2
class ImportedIndicatorH2Test extends ImportedIndicatorContract {
}
