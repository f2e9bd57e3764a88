package fr.oasis.importer.source;

import fr.oasis.territory.record.CogEpci;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code epci*.json} of {@code @etalab/decoupage-administratif}: an array of EPCI objects
 * with {@code code} (SIREN), {@code nom}, {@code type} (CC, CA, CU, METRO) and {@code membres},
 * each member carrying the commune {@code code}. This is the commune-to-EPCI link of the COG year
 * (the commune objects carry none). An EPCI without members is an error. Immutable and thread-safe.
 */
public final class DecoupageEpciReader extends JsonArrayReader<CogEpci> {

    public DecoupageEpciReader() {
        this(ReadLimits.DEFAULT);
    }

    public DecoupageEpciReader(ReadLimits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return "decoupage-administratif-epci";
    }

    @Override
    boolean recognises(String head, String firstObject) {
        return head.contains("\"membres\"");
    }

    @Override
    CogEpci toRecord(Item item) {
        String code = item.required("code");
        String name = item.required("nom");
        String type = item.optional("type");
        JsonNode members = item.json().get("membres");
        if (members == null || !members.isArray() || members.isEmpty()) {
            item.problems().error(item.location(), "membres", "missing or empty member list");
            return null;
        }
        List<String> memberCodes = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            JsonNode member = members.get(i);
            String text = member.isObject() ? JsonSource.text(member, "code") : null;
            String memberCode = item.problems().requiredText(item.location(), "membres[" + i + "].code", text);
            if (memberCode != null) {
                memberCodes.add(memberCode);
            }
        }
        if (code == null || name == null || memberCodes.size() != members.size()) {
            return null;
        }
        return new CogEpci(code, name, type, memberCodes, item.origin());
    }
}
