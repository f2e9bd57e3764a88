package fr.oasis.territory;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A grouping of communes as it is stored: a territory of a grouping level (TVS, CPTS...).
 *
 * @param type      the grouping level ({@link TerritoryLevel#grouping()})
 * @param code      code within the type (the DREES code of a TVS, a code chosen for a CPTS)
 * @param name      name shown everywhere
 * @param vintage   millésime of the perimeter (year of the source, or of the creation)
 * @param source    publisher of the perimeter ("DREES, CartoSanté (TVS 2019)", "Saisie Oasis")
 * @param partial   true when some of its communes are not stored (a group crossing the border
 *                  of the imported territory)
 * @param communes  member commune codes of the stored COG, in code order, at least one
 * @param createdBy account that created it in the portal, null when imported
 */
public record GroupingRecord(TerritoryLevel type, String code, String name, int vintage, String source,
                             boolean partial, List<String> communes, String createdBy) {
    public GroupingRecord {
        Objects.requireNonNull(type, "type");
        if (!type.grouping()) {
            throw new IllegalArgumentException(type.key() + " is not a grouping type");
        }
        communes = List.copyOf(new TreeSet<>(communes));
    }
}
