package fr.oasis.prospective.scenario;

import fr.oasis.support.UsesH2;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link ScenarioMobileSupplyContract} with the setting off (the default): nothing changes. */
@UsesH2
@SpringBootTest
class ScenarioMobileSupplyOffH2Test extends ScenarioMobileSupplyContract {
    @Override
    boolean mobileSupplyOn() {
        return false;
    }
}
