package fr.oasis.accessibility;

import fr.oasis.territory.TerritoryQueries;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link AccessibilityModel} (communes, demand, catchment) in memory: building
 * it reads every commune, and scenarios must answer in milliseconds. Dropped after each import.
 */
@Component
class AccessibilityModels {
    private final TerritoryQueries territories;
    private final AccessibilitySettings settings;
    private final AtomicReference<AccessibilityModel> current = new AtomicReference<>();

    AccessibilityModels(TerritoryQueries territories, AccessibilitySettings settings) {
        this.territories = territories;
        this.settings = settings;
    }

    AccessibilityModel current() {
        AccessibilityModel model = current.get();
        if (model == null) {
            model = new AccessibilityModel(territories.communePoints(), territories.populationByAge(), settings);
            current.compareAndSet(null, model);
        }
        return model;
    }

    void invalidate() {
        current.set(null);
    }
}
