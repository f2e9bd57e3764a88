package fr.oasis.prospective.retirement;

import fr.oasis.support.UsesH2;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link RetirementMobileSupplyContract} with the setting off (the default): the shortcut's path. */
@UsesH2
@SpringBootTest
class RetirementMobileSupplyOffH2Test extends RetirementMobileSupplyContract {
    @Override
    boolean mobileSupplyOn() {
        return false;
    }
}
