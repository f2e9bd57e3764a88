package fr.oasis.provenance;

import fr.oasis.support.RequiresPostgis;

/** Two instances behind a load balancer on one PostGIS. */
@RequiresPostgis
class TwoInstancesPostgisTest extends TwoInstancesContract {
    @Override
    String profile() {
        return "test-postgis";
    }

    @Override
    String[] arguments() {
        return new String[0];
    }
}
