package fr.oasis.outreach;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ServiceEditingPostgisTest extends ServiceEditingContract {
}
