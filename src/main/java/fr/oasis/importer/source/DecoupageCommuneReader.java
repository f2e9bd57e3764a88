package fr.oasis.importer.source;

import fr.oasis.territory.record.CogCommune;

import java.util.List;

/**
 * Reads {@code communes*.json} of the npm package {@code @etalab/decoupage-administratif}: an
 * array of objects with {@code code, nom, type, departement, region}, optional
 * {@code population} (population municipale), {@code chefLieu} (the parent of an associated or
 * delegated commune) and {@code anciensCodes}.
 * <p>
 * {@code type} is one of {@code commune-actuelle}, {@code commune-associee},
 * {@code commune-deleguee}; Paris/Lyon/Marseille {@code arrondissement-municipal} objects are
 * skipped with a warning, since the observatory works at commune level. Immutable and
 * thread-safe.
 */
public final class DecoupageCommuneReader extends JsonArrayReader<CogCommune> {

    public DecoupageCommuneReader() {
        this(ReadLimits.DEFAULT);
    }

    public DecoupageCommuneReader(ReadLimits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return "decoupage-administratif-communes";
    }

    @Override
    boolean recognises(String head, String firstObject) {
        return head.contains("\"commune-actuelle\"") || head.contains("\"commune-deleguee\"")
                || head.contains("\"commune-associee\"");
    }

    @Override
    CogCommune toRecord(Item item) {
        String typeName = item.required("type");
        if ("arrondissement-municipal".equals(typeName)) {
            item.skip("arrondissement municipal " + item.optional("code") + " skipped");
            return null;
        }
        CogCommune.Type type = typeName == null ? null : switch (typeName) {
            case "commune-actuelle" -> CogCommune.Type.CURRENT;
            case "commune-associee" -> CogCommune.Type.ASSOCIATED;
            case "commune-deleguee" -> CogCommune.Type.DELEGATED;
            default -> {
                item.problems().error(item.location(), "type", "unknown commune type '" + typeName + "'");
                yield null;
            }
        };
        String code = item.required("code");
        String name = item.required("nom");
        String departement = item.required("departement");
        String region = item.required("region");
        Integer population = item.optionalCount("population");
        List<String> formerCodes = item.optionalStrings("anciensCodes");
        String parent = null;
        if (type == CogCommune.Type.ASSOCIATED || type == CogCommune.Type.DELEGATED) {
            parent = item.required("chefLieu");
        }
        if (type == null || code == null || name == null || departement == null || region == null
                || (type != CogCommune.Type.CURRENT && parent == null)) {
            return null;
        }
        return new CogCommune(code, name, type, departement, region, parent, population, formerCodes, item.origin());
    }
}
