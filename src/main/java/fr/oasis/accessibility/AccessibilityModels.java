package fr.oasis.accessibility;

import fr.oasis.territory.TerritoryQueries;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link AccessibilityModel} (communes, demand, travel times, catchment) in
 * memory: building it reads every commune (and by road a network and a stored table, or routes),
 * and scenarios must answer in milliseconds. Dropped after each import that changes its inputs.
 */
@Component
class AccessibilityModels {
    private final TerritoryQueries territories;
    private final AccessibilitySettings settings;
    private final TravelTimeSelector travelTimes;
    private final AtomicReference<AccessibilityModel> current = new AtomicReference<>();

    AccessibilityModels(TerritoryQueries territories, AccessibilitySettings settings, TravelTimeSelector travelTimes) {
        this.territories = territories;
        this.settings = settings;
        this.travelTimes = travelTimes;
    }

    /** Built once by one caller (routing may take seconds): concurrent callers wait for it. */
    synchronized AccessibilityModel current() {
        AccessibilityModel model = current.get();
        if (model == null) {
            model = new AccessibilityModel(territories.communePoints(), territories.populationByAge(), settings,
                    travelTimes::select);
            current.set(model);
        }
        return model;
    }

    void invalidate() {
        current.set(null);
    }
}
