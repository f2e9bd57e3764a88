package fr.oasis.importer.source;

import fr.oasis.territory.record.CogDepartement;

/**
 * Reads {@code departements.json} of {@code @etalab/decoupage-administratif}: objects with
 * {@code code}, {@code nom} and {@code region}, all required. Overseas collectivities
 * ({@code zone} {@code com}) are skipped with a warning, leaving the 101 départements. Immutable and
 * thread-safe.
 */
public final class DecoupageDepartementReader extends JsonArrayReader<CogDepartement> {

    public DecoupageDepartementReader() {
        this(ReadLimits.DEFAULT);
    }

    public DecoupageDepartementReader(ReadLimits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return "decoupage-administratif-departements";
    }

    @Override
    boolean recognises(String head, String firstObject) {
        // Communes and arrondissements also name their region, but they name a département too.
        return firstObject.contains("\"region\"") && !firstObject.contains("\"departement\"")
                && !head.contains("\"membres\"");
    }

    @Override
    CogDepartement toRecord(Item item) {
        if (item.skippedAsOverseasCollectivity()) {
            return null;
        }
        String code = item.required("code");
        String name = item.required("nom");
        String region = item.required("region");
        return code == null || name == null || region == null ? null
                : new CogDepartement(code, name, region, item.origin());
    }
}
