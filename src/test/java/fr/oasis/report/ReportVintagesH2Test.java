package fr.oasis.report;

import fr.oasis.support.UsesH2;

@UsesH2
class ReportVintagesH2Test extends ReportVintagesContract {
}
