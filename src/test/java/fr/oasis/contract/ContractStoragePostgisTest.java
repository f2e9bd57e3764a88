package fr.oasis.contract;

import fr.oasis.support.RequiresPostgis;

@RequiresPostgis
class ContractStoragePostgisTest extends ContractStorageContract {
}
