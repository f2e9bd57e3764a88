package fr.oasis.importer.source;

import fr.oasis.territory.record.CogRegion;

/**
 * Reads {@code regions.json} of {@code @etalab/decoupage-administratif}: objects with {@code code}
 * and {@code nom}, both required. Overseas collectivities ({@code zone} {@code com}) are skipped
 * with a warning, leaving the 18 régions. Immutable and thread-safe.
 */
public final class DecoupageRegionReader extends JsonArrayReader<CogRegion> {

    public DecoupageRegionReader() {
        this(ReadLimits.DEFAULT);
    }

    public DecoupageRegionReader(ReadLimits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return "decoupage-administratif-regions";
    }

    @Override
    boolean recognises(String head, String firstObject) {
        // A région is the only level that names neither a région nor a département above it.
        return firstObject.contains("\"code\"") && firstObject.contains("\"nom\"")
                && !firstObject.contains("\"region\"") && !firstObject.contains("\"departement\"")
                && !head.contains("\"membres\"");
    }

    @Override
    CogRegion toRecord(Item item) {
        if (item.skippedAsOverseasCollectivity()) {
            return null;
        }
        String code = item.required("code");
        String name = item.required("nom");
        return code == null || name == null ? null : new CogRegion(code, name, item.origin());
    }
}
