package fr.oasis.outreach;

import fr.oasis.support.UsesH2;

@UsesH2
class ServiceImportH2Test extends ServiceImportContract {
}
