package fr.oasis.report.compare;

import fr.oasis.support.UsesH2;

@UsesH2
class ComparisonH2Test extends ComparisonContract {
}
