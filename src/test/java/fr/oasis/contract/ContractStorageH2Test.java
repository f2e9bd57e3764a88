package fr.oasis.contract;

import fr.oasis.support.UsesH2;

@UsesH2
class ContractStorageH2Test extends ContractStorageContract {
}
