package fr.oasis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.indicator.PriorityZones;
import fr.oasis.indicator.TerritoryFilter;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.report.ReportService;
import fr.oasis.report.TerritoryReport;
import fr.oasis.support.DataChange;
import fr.oasis.territory.TerritoryLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Care structures through the manifest ({@code type: care-structures}) on a four-commune
 * territory, on each database: BPE counts re-keyed (55003 → 55002) and placed at the reference
 * point, unknown codes counted and listed, FINESS hospitals joined by point (one outside, listed);
 * served by {@code /api/structures}, the catalogue ({@code countpharmacy}, {@code timemsp}, crow-fly
 * from reference point to reference point), the filter and the report; the indicative priority
 * zones follow the GP APL of every level; a malformed file changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class StructureImportContract {
    @Autowired
    ManifestImporter importer;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    StructureQueries structures;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    TerritoryFilter filter;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    PriorityZones zones;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;

    @BeforeEach
    void territoryAndGps() {
        territories.importTerritories(StructureTerritory.inputs(), "test", "structures territory");
        practitioners.importPractitioners(List.of(gp("g1", "55001"), gp("g2", "54001")),
                new PractitionerVintageView.New("test GPs", "test", 2024, false, false), "test");
        DataChange.deleteStructures(jdbc);
    }

    @AfterEach
    void clean() {
        DataChange.deleteStructures(jdbc);
    }

    private static PractitionerRecord gp(String id, String commune) {
        return new PractitionerRecord(id, "MG", null, commune, null, null, null, 50, false, "gps.csv#" + id);
    }

    private ImportManifest manifest(String... files) throws Exception {
        StringBuilder yaml = new StringBuilder("name: structures test\nsources:\n");
        for (String f : files) {
            Path path = Path.of(getClass().getResource("/structure/" + f).toURI());
            yaml.append("  - type: care-structures\n    path: ").append(path).append("\n    vintage: ")
                    .append(f.startsWith("bpe") ? 2018 : 2020).append("\n    label: \"")
                    .append(f.startsWith("bpe") ? "INSEE BPE test" : "FINESS test").append("\"\n");
        }
        return ImportManifest.read(Files.writeString(dir.resolve("manifest.yml"), yaml));
    }

    @Test
    void countsAreRekeyedHospitalsJoinedByPointAndExclusionsListed() throws Exception {
        ImportReport report = importer.run(manifest("bpe2018_structures.csv", "hospitals.csv"), "test");

        assertThat(report.counts()).containsEntry("care structures stored: pharmacy", 6L)
                .containsEntry("care structures stored: hospital", 2L)
                .containsEntry("care structures stored: healthcentre", 0L)
                .containsEntry("care structure counts re-keyed from a former commune code", 1L)
                .containsEntry("care structures excluded (commune code not stored)", 5L)
                .containsEntry("hospitals excluded (point outside every stored commune)", 1L);
        assertThat(report.unmatchedCodes()).containsEntry("care structure commune codes not among the stored communes",
                List.of("57999")).containsEntry("hospitals outside every stored commune (FINESS number and name)",
                List.of("670000013 HOPITAL LOINTAIN"));
        assertThat(structures.countsByCommune(StructureType.PHARMACY))
                .isEqualTo(Map.of("55001", 2, "55002", 1, "54001", 3));
        assertThat(structures.sites()).filteredOn(s -> s.type() == StructureType.HOSPITAL)
                .extracting(StructureSite::communeCode, StructureSite::atCommunePoint, StructureSite::facilityType)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("54001", false, "Centre Hospitalier (C.H.)"),
                        org.assertj.core.groups.Tuple.tuple("55002", false,
                                "Etablissement de santé privé autorisé en SSR"));
        assertThat(structures.summary()).extracting(StructureView.TypeSummary::type)
                .containsExactly("msp", "emergency", "pharmacy", "laboratory", "hospital");
        assertThat(structures.provenance(StructureType.HOSPITAL).orElseThrow().millesime()).isEqualTo(2020);

        mvc.perform(get("/api/structures").with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[2].type").value("pharmacy")).andExpect(jsonPath("$[2].total").value(6))
                .andExpect(jsonPath("$[2].located").value("commune-point"))
                .andExpect(jsonPath("$[2].source").value("INSEE BPE test"));
        mvc.perform(get("/api/structures/layer").with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(8))
                .andExpect(jsonPath("$.features[0].properties.type").value("emergency"))
                .andExpect(jsonPath("$.features[0].properties.atCommunePoint").value(true))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(5.15));
        mvc.perform(get("/api/structures/layer?type=hospital").with(user("reader").roles("VIEWER")))
                .andExpect(jsonPath("$.features.length()").value(2));
        mvc.perform(get("/api/structures/layer?type=hopital").with(user("reader").roles("VIEWER")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void countsAndTimesAreIndicatorsOfEveryLevelAndFilterConditions() throws Exception {
        importer.run(manifest("bpe2018_structures.csv", "hospitals.csv"), "test");

        assertThat(catalogue.definitions()).extracting(IndicatorView.Definition::id)
                .contains("countmsp", "timemsp", "countemergency", "timeemergency", "counthospital", "timehospital",
                        PriorityZones.ID)
                .doesNotContain("counthealthcentre", "countmaternity");
        assertThat(values("countpharmacy", TerritoryLevel.EPCI)).isEqualTo(Map.of("200000001", 3.0, "200000002", 3.0));
        assertThat(values("countpharmacy", TerritoryLevel.DEPARTEMENT)).isEqualTo(Map.of("55", 3.0, "54", 3.0));
        Map<String, Double> msp = values("timemsp", TerritoryLevel.COMMUNE);
        // Crow-fly from reference point to reference point, × 1.3 at 60 km/h: 11.1 km, 7.4 km, 13.4 km.
        assertThat(msp.get("55001")).isZero();
        assertThat(msp.get("55002")).isBetween(14.0, 15.0);
        assertThat(msp.get("54001")).isBetween(9.3, 10.1);
        assertThat(msp.get("54002")).isBetween(17.0, 18.0);
        assertThat(catalogue.values("timemsp", TerritoryLevel.COMMUNE, null, null).label())
                .isEqualTo("Temps d'accès à une MSP à vol d'oiseau (de chef-lieu à chef-lieu)");

        assertThat(codes(filter.apply(TerritoryLevel.COMMUNE, true, List.of("timemsp>12"))))
                .containsExactly("54002", "55002");
        assertThat(codes(filter.apply(TerritoryLevel.COMMUNE, true, List.of("countmsp<1", "timeemergency<12"))))
                .containsExactly("54001");
        assertThat(codes(filter.apply(TerritoryLevel.COMMUNE, false, List.of("countmsp>=1", "timeemergency<12"))))
                .containsExactly("54001", "55001");
        mvc.perform(get("/api/filter?level=epci&c=counthospital>=1&c=timemsp<5").with(user("r").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.matches[0].code").value("200000001"));
        mvc.perform(get("/api/indicators/timematernity?level=commune").with(user("r").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void priorityZonesClassifyTheGpAplOfEveryLevelAndAreFilteredAndReported() throws Exception {
        importer.run(manifest("bpe2018_structures.csv"), "test");

        for (TerritoryLevel level : List.of(TerritoryLevel.COMMUNE, TerritoryLevel.EPCI, TerritoryLevel.DEPARTEMENT)) {
            Map<String, Double> apl = accessibility.layer(level, Profession.MG, AplVariant.ALL).values().stream()
                    .collect(Collectors.toMap(v -> v.code(), v -> v.apl()));
            Map<String, Double> zone = values(PriorityZones.ID, level);
            assertThat(zone.keySet()).isEqualTo(apl.keySet());
            apl.forEach((code, a) -> assertThat(zone.get(code)).as(level + " " + code + " APL " + a)
                    .isEqualTo(a < 2.5 ? 2.0 : a < 4 ? 1.0 : 0.0));
        }
        IndicatorView.Values zones = catalogue.values(PriorityZones.ID, TerritoryLevel.COMMUNE, null, null);
        assertThat(zones.source()).contains("le zonage officiel est arrêté par l'ARS");
        List<String> intervention = codes(filter.apply(TerritoryLevel.COMMUNE, true, List.of("priorityzone>=2")));
        assertThat(intervention).isEqualTo(zones.values().stream().filter(v -> v.value() != null && v.value() == 2)
                .map(IndicatorView.Value::code).sorted().toList());

        TerritoryReport report = reports.report(TerritoryLevel.EPCI, "200000002");
        TerritoryReport.Section section = report.sections().stream().filter(s -> s.id().equals("structures"))
                .findFirst().orElseThrow();
        assertThat(section.title()).isEqualTo("Structures de soins et zonage indicatif");
        assertThat(section.tables().get(0).columns()).containsExactly("Type", "CC Est", "Département (Meurthe test)",
                "Région (Région test)", "Source et millésime");
        assertThat(section.tables().get(0).rows()).contains(
                List.of("Pharmacies", 3L, 3L, 6L, "INSEE BPE test, 2018 (dénombrement par commune)"),
                List.of("Urgences", 1L, 1L, 1L, "INSEE BPE test, 2018 (dénombrement par commune)"));
        TerritoryReport.Table zoneTable = section.tables().get(1);
        assertThat(zoneTable.title()).isEqualTo("Zonage indicatif (non officiel) : Classement indicatif calculé par"
                + " Oasis : le zonage officiel est arrêté par l'ARS.");
        assertThat(zoneTable.source()).isEqualTo("test GPs ; classes : APL médecins généralistes (tous les praticiens)"
                + " inférieure à 2,5 : zone d'intervention prioritaire (indicative) ; de 2,5 à moins de 4 : zone"
                + " d'action complémentaire (indicative)");
        assertThat(section.tables().get(0).source()).isEqualTo("INSEE BPE test");
        assertThat(section.tables().get(0).millesime()).isEqualTo(2018);
        assertThat(zoneTable.rows()).hasSize(3).allSatisfy(r -> assertThat((String) r.get(2)).containsAnyOf(
                "(indicative)", "hors zone indicative"));
    }

    @Test
    void aMalformedFileIsRefusedNamingFileLineAndFieldAndNothingChanges() throws Exception {
        importer.run(manifest("bpe2018_structures.csv", "hospitals.csv"), "test");
        List<StructureSite> before = structures.sites();

        assertThatThrownBy(() -> importer.run(manifest("bpe2018_structures.csv", "hospitals-bad.csv"), "test"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("hospitals-bad.csv").hasMessageContaining("3")
                .hasMessageContaining("lon, lat");
        assertThat(structures.sites()).isEqualTo(before);
    }

    private Map<String, Double> values(String id, TerritoryLevel level) {
        return catalogue.values(id, level, null, null).values().stream().filter(v -> v.value() != null)
                .collect(Collectors.toMap(IndicatorView.Value::code, IndicatorView.Value::value));
    }

    private static List<String> codes(IndicatorView.FilterResult result) {
        return result.matches().stream().map(IndicatorView.Match::code).sorted().toList();
    }
}
