package fr.oasis.importer;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CogRegion;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.record.ReferencePoint;
import java.util.List;

/**
 * Everything read for one territory import, whatever the sources (files named by a manifest, or
 * the generated demonstration territory).
 *
 * @param cogYear       vintage of the COG the territories are stored in
 * @param cogLabel      publisher of the COG, for provenance
 * @param contourYear   vintage of the contours (may be older than the COG: reconciled)
 * @param contourLabel  publisher of the contours
 * @param censusYear    census year of {@code populations}, 0 when there are none
 * @param censusLabel   publisher of the census figures, null when there are none
 * @param demo          true for the demonstration territory
 * @param files         file names, for the provenance record
 */
public record TerritoryInputs(List<CogRegion> regions, List<CogDepartement> departements,
                              List<CogCommune> communes, List<CogEpci> epcis, List<CommuneShape> shapes,
                              List<ReferencePoint> points, List<PopulationByAge> populations,
                              int cogYear, String cogLabel, int contourYear, String contourLabel,
                              int censusYear, String censusLabel, boolean demo, String files) {
}
