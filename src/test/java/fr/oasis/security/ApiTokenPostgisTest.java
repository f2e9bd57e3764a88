package fr.oasis.security;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ApiTokenPostgisTest extends ApiTokenContract {
}
