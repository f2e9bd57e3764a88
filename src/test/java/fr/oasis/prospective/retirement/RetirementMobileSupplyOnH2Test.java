package fr.oasis.prospective.retirement;

import fr.oasis.support.UsesH2;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link RetirementMobileSupplyContract} with mobile units counted as supply. */
@UsesH2
@SpringBootTest(properties = "oasis.services.mobile-supply.enabled=true")
class RetirementMobileSupplyOnH2Test extends RetirementMobileSupplyContract {
    @Override
    boolean mobileSupplyOn() {
        return true;
    }
}
