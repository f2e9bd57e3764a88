package fr.oasis.practitioner;

import fr.oasis.support.UsesH2;

@UsesH2
class PractitionerRowsH2Test extends PractitionerRowsContract {
}
