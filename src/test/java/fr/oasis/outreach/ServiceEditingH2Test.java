package fr.oasis.outreach;

import fr.oasis.support.UsesH2;

@UsesH2
class ServiceEditingH2Test extends ServiceEditingContract {
}
