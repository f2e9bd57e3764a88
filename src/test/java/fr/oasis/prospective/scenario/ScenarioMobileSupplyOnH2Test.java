package fr.oasis.prospective.scenario;

import fr.oasis.support.UsesH2;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link ScenarioMobileSupplyContract} with mobile units counted as supply. */
@UsesH2
@SpringBootTest(properties = "oasis.services.mobile-supply.enabled=true")
class ScenarioMobileSupplyOnH2Test extends ScenarioMobileSupplyContract {
    @Override
    boolean mobileSupplyOn() {
        return true;
    }
}
