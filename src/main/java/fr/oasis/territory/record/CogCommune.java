package fr.oasis.territory.record;

import java.util.List;

/**
 * A commune of the Code Officiel Géographique.
 *
 * @param code            INSEE code
 * @param name            official name (rich case, with article)
 * @param type            {@link Type#CURRENT} for a commune in force, otherwise an associated or
 *                        delegated former commune living on inside {@code parentCode}
 * @param departementCode département code
 * @param regionCode      région code
 * @param parentCode      for associated/delegated communes, the current commune they belong to
 * @param population      population municipale, or null when the source has none
 * @param formerCodes     codes absorbed by this commune in mergers ({@code anciensCodes})
 * @param origin          "file#line N" or "file#object N"
 */
public record CogCommune(String code, String name, Type type, String departementCode, String regionCode,
                         String parentCode, Integer population, List<String> formerCodes, String origin) {

    public enum Type { CURRENT, ASSOCIATED, DELEGATED }

    public CogCommune {
        formerCodes = formerCodes == null ? List.of() : List.copyOf(formerCodes);
    }
}
