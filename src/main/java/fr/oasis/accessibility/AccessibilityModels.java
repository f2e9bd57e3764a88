package fr.oasis.accessibility;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link AccessibilityModel} (communes, demand, travel times, catchment) in
 * memory: building it reads every commune (and by road a network and a stored table, or routes),
 * and scenarios must answer in milliseconds. Built again when the territories or the road
 * network change (their data versions), whichever instance imported them; not when only the
 * groupings do (the model knows no grouping: {@link Communes#withoutGroupings()}).
 */
@Component
class AccessibilityModels {
    private final Communes communes;
    private final AccessibilitySettings settings;
    private final TravelTimeSelector travelTimes;
    private final KeptPerVersion<AccessibilityModel> current;

    AccessibilityModels(Communes communes, AccessibilitySettings settings, TravelTimeSelector travelTimes,
                        DataVersions versions) {
        this.communes = communes;
        this.settings = settings;
        this.travelTimes = travelTimes;
        this.current = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.NETWORK);
    }

    /** Built once by one caller (routing may take seconds): concurrent callers wait for it. */
    AccessibilityModel current() {
        return current.get(() -> {
            CommuneTable table = communes.withoutGroupings();
            return new AccessibilityModel(table.points(), table.bands(), settings, travelTimes::select);
        });
    }
}
