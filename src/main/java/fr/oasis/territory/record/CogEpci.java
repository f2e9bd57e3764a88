package fr.oasis.territory.record;

import java.util.List;

/**
 * An EPCI à fiscalité propre and its member communes.
 *
 * @param code        9-digit SIREN
 * @param name        name
 * @param type        CC, CA, CU, METRO (as published), may be null
 * @param memberCodes INSEE codes of the member communes
 * @param origin      where it came from
 */
public record CogEpci(String code, String name, String type, List<String> memberCodes, String origin) {
    public CogEpci {
        memberCodes = List.copyOf(memberCodes);
    }
}
