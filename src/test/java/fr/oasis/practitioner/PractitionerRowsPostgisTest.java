package fr.oasis.practitioner;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class PractitionerRowsPostgisTest extends PractitionerRowsContract {
}
