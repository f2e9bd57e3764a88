package fr.oasis.accessibility;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stored road network vintages, latest (the one routed on) first. */
@RestController
class NetworkApiController {
    private final RoadNetworkStore networks;

    NetworkApiController(RoadNetworkStore networks) {
        this.networks = networks;
    }

    @GetMapping("/api/networks")
    List<RoadNetworkView> networks() {
        return networks.list();
    }
}
