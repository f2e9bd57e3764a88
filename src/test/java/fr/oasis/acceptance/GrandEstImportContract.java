package fr.oasis.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.support.RealData;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Acceptance on the real Grand Est open data (../shared/data, never copied here), imported with
 * the repository's manifest exactly as an administrator would.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GrandEstImportContract {
    static final List<String> DEAD_VILLAGES = List.of("55039", "55050", "55139", "55189", "55239", "55307");
    @Autowired
    ManifestImporter importer;
    @Autowired
    TerritoryQueries queries;
    @Autowired
    fr.oasis.accessibility.AccessibilityQueries accessibility;
    @Autowired
    fr.oasis.indicator.IndicatorCatalogue catalogue;
    @Autowired
    fr.oasis.report.compare.ComparisonService compare;
    @Autowired
    fr.oasis.report.ReportService reports;
    @Autowired
    fr.oasis.indicator.TerritoryFilter filter;
    ImportReport report;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @BeforeAll
    void importGrandEst() {
        RealData.folder();
        fr.oasis.support.DataChange.deleteNetworks(jdbc); // a PostGIS test database keeps earlier runs' networks
        long t0 = System.nanoTime();
        report = importer.run(ImportManifest.read(Path.of("data/manifests/grand-est.yml")), "acceptance");
        System.out.printf("[acceptance] Grand Est import on %s: %d ms%n%s", getClass().getSimpleName(),
                (System.nanoTime() - t0) / 1_000_000, report.summary());
    }

    /** The database is shared with other test classes: they must not route on Grand Est roads. */
    @org.junit.jupiter.api.AfterAll
    void noNetworkLeft() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
    }

    @Test
    void countsMatchTheCog2026AndTheTvs2019() {
        assertThat(queries.summary()).containsExactly(Map.entry("commune", 5115L), Map.entry("epci", 150L),
                Map.entry("departement", 10L), Map.entry("region", 1L), Map.entry("tvs", 232L));
    }

    @Test
    void everyCommuneHasAValidGeometryAndAReferencePoint() {
        List<TerritoryRecord> communes = queries.all(TerritoryLevel.COMMUNE);
        List<String> bad = new ArrayList<>();
        for (TerritoryRecord c : communes) {
            if (c.geometry() == null || c.geometry().isEmpty() || !c.geometry().isValid() || c.referencePoint() == null) {
                bad.add(c.code());
            }
        }
        assertThat(bad).as("communes without valid geometry or reference point").isEmpty();
        Map<String, TerritoryRecord> byCode = communes.stream().collect(Collectors.toMap(TerritoryRecord::code, c -> c));
        for (String dead : DEAD_VILLAGES) {
            TerritoryRecord village = byCode.get(dead);
            assertThat(village).as(dead).isNotNull();
            assertThat(village.population()).as(dead).isZero();
            assertThat(village.referencePoint()).as(dead).isNotNull();
            assertThat(village.geometry().buffer(1e-6).contains(village.referencePoint())).as(dead).isTrue();
        }
    }

    @Test
    void eachEpciGeometryCoversExactlyItsMemberCommunes() {
        Map<String, List<TerritoryRecord>> members = queries.all(TerritoryLevel.COMMUNE).stream()
                .filter(c -> c.epciCode() != null).collect(Collectors.groupingBy(TerritoryRecord::epciCode));
        List<TerritoryRecord> epcis = queries.all(TerritoryLevel.EPCI);
        assertThat(epcis).hasSize(150);
        for (TerritoryRecord epci : epcis) {
            List<TerritoryRecord> own = members.get(epci.code());
            assertThat(own).as(epci.code()).isNotEmpty();
            double sum = own.stream().mapToDouble(c -> c.geometry().getArea()).sum();
            assertThat(epci.geometry().isValid()).as(epci.code() + " valid").isTrue();
            // Same area as its members (no gap, no overlap, nothing of others) to 1e-6 relative...
            assertThat(epci.geometry().getArea()).as(epci.code() + " area").isCloseTo(sum, within(sum * 1e-6));
            // ...and every member lies inside it.
            org.locationtech.jts.geom.Geometry grown = epci.geometry().buffer(1e-7);
            for (TerritoryRecord c : own) {
                assertThat(grown.covers(c.geometry())).as(c.code() + " in " + epci.code()).isTrue();
            }
        }
    }

    @Test
    void mapShapesAtRegionZoomStayAGapFreeCoverage() {
        List<fr.oasis.territory.TerritoryView.MapShape> shapes = queries.mapShapes(TerritoryLevel.COMMUNE,
                fr.oasis.territory.geo.ZoomClass.REGION.ordinal());
        assertThat(shapes).hasSize(5115);
        org.locationtech.jts.geom.Geometry[] coverage = shapes.stream()
                .map(fr.oasis.territory.TerritoryView.MapShape::geometry)
                .toArray(org.locationtech.jts.geom.Geometry[]::new);
        org.locationtech.jts.geom.Geometry[] invalid = org.locationtech.jts.coverage.CoverageValidator.validate(coverage);
        long problems = java.util.Arrays.stream(invalid).filter(java.util.Objects::nonNull).count();
        assertThat(problems).as("communes whose simplified edges do not match their neighbours'").isZero();
    }

    @Test
    void gpAplFromBpeCountsIsFiniteEverywhereAndConservesSupply() {
        fr.oasis.accessibility.AccessibilityView.Layer layer = accessibility.layer(TerritoryLevel.COMMUNE,
                fr.oasis.practitioner.Profession.MG, fr.oasis.accessibility.AplVariant.ALL);
        assertThat(layer.values()).hasSize(5115);
        assertThat(layer.values()).allSatisfy(v -> assertThat(v.apl()).isFinite().isGreaterThanOrEqualTo(0));
        assertThat(layer.ageStandardised()).as("no census by age in ../shared/data").isFalse();
        fr.oasis.accessibility.AccessibilityView.Run run = accessibility.runs().stream()
                .filter(r -> r.profession().equals("MG") && r.variant().equals("all")).findFirst().orElseThrow();
        // 5,108 GPs in the BPE 2018 (08079 and 67014 re-keyed to their 2026 communes), one FTE each.
        assertThat(run.totalSupply()).isCloseTo(5108 * 4500.0, within(1e-3));
        double served = layer.values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
        assertThat(served).isCloseTo(run.totalSupply() - run.unservedSupply(), within(run.totalSupply() * 1e-9));
        System.out.printf("[acceptance] GP APL Grand Est (BPE 2018, by road): mean %.2f, %d communes below 2.5%n",
                served / layer.values().stream().mapToDouble(v -> v.population()).sum(),
                layer.values().stream().filter(v -> v.apl() < 2.5).count());
    }

    @Test
    void indicatorsAreByRoadAndEveryLinkedCommuneHasAFiniteTimeToAGp() {
        assertThat(report.counts()).containsKey("road network nodes");
        List<fr.oasis.accessibility.AccessibilityView.Run> runs = accessibility.runs();
        assertThat(runs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.travelModel()).isEqualTo("road");
            assertThat(r.network().source()).startsWith("Travel Mapping");
            assertThat(r.network().millesime()).isEqualTo(2026);
        });
        fr.oasis.accessibility.AccessibilityView.Layer layer = accessibility.layer(TerritoryLevel.COMMUNE,
                fr.oasis.practitioner.Profession.MG, fr.oasis.accessibility.AplVariant.ALL);
        assertThat(layer.travelModel()).isEqualTo("road");
        String parameters = runs.stream().filter(r -> r.profession().equals("MG") && r.variant().equals("all"))
                .findFirst().orElseThrow().parameters();
        List<String> withoutTime = layer.values().stream().filter(v -> v.nearestMinutes() == null)
                .map(fr.oasis.accessibility.AccessibilityView.TerritoryValue::code).toList();
        // Only communes the network does not reach (listed in the run) may lack a time.
        assertThat(withoutTime).allSatisfy(code -> assertThat(parameters).contains(code));
        assertThat(withoutTime).hasSizeLessThan(20);
        double[] beyond = accessibility.layer(TerritoryLevel.REGION, fr.oasis.practitioner.Profession.MG,
                fr.oasis.accessibility.AplVariant.ALL).values().get(0).populationBeyond();
        System.out.printf("[acceptance] GP by road, Grand Est: %d communes without a time; population beyond"
                + " 10/20/30 min: %.0f / %.0f / %.0f%n", withoutTime.size(), beyond[0], beyond[1], beyond[2]);
        System.out.println("[acceptance] " + layer.travelTime());
    }

    /**
     * Times what a restart costs (the stored table is read back) and what a first use costs (the
     * table is routed): each recomputes every APL run too. Printed, never asserted.
     */
    @Test
    void storedTableReuseAndRoutingTimes() {
        long t0 = System.nanoTime();
        // As after a restart: the model is built again (the network version moves), the table is read back.
        fr.oasis.support.DataChange.bump(jdbc, fr.oasis.provenance.DataKind.NETWORK);
        events.publishEvent(new fr.oasis.provenance.ImportCompleted(fr.oasis.provenance.DataKind.NETWORK));
        long reuse = (System.nanoTime() - t0) / 1_000_000;
        jdbc.update("DELETE FROM road_travel_table");
        long t1 = System.nanoTime();
        fr.oasis.support.DataChange.bump(jdbc, fr.oasis.provenance.DataKind.NETWORK);
        events.publishEvent(new fr.oasis.provenance.ImportCompleted(fr.oasis.provenance.DataKind.NETWORK));
        long routed = (System.nanoTime() - t1) / 1_000_000;
        assertThat(jdbc.queryForObject("SELECT count(*) FROM road_travel_table", Long.class)).isEqualTo(1);
        System.out.printf("[acceptance] %s: indicators recomputed with the stored table %d ms, routing first %d ms;"
                + " import timings %s%n", getClass().getSimpleName(), reuse, routed, report.timingsMs());
    }

    @Test
    void departementsAndRegionAreDissolvedToo() {
        List<TerritoryRecord> deps = queries.all(TerritoryLevel.DEPARTEMENT);
        assertThat(deps).extracting(TerritoryRecord::code)
                .containsExactly("08", "10", "51", "52", "54", "55", "57", "67", "68", "88");
        TerritoryRecord region = queries.all(TerritoryLevel.REGION).get(0);
        assertThat(region.code()).isEqualTo("44");
        // Grand Est covers 57,441 km² (INSEE); simplified 2018 contours stay within 1 %.
        assertThat(region.areaKm2()).isCloseTo(57_441, within(575.0));
        assertThat(region.population()).isBetween(5_400_000, 5_700_000);
    }

    /**
     * The mortality series of the manifest: the Meuse and Grand Est 2013-2018 rates as the files
     * state them (read here with plain string handling, not the reader), every period of the
     * Meuse, and the EPCI coverage (the file's 149 EPCI of 2020 hold 148 of the 150 of 2026).
     */
    @Test
    void mortalitySeriesFromTheObservatoireDesTerritoires() throws java.io.IOException {
        Path folder = RealData.folder().resolve("insee-mortalite-rp");
        double meuse = rateInFile(folder.resolve("taux_mortalite_departement_1968_2018.csv"), "55;Meuse;2013-2018;");
        double grandEst = rateInFile(folder.resolve("taux_mortalite_region_1968_2018.csv"), "44;Grand Est;2013-2018;");
        fr.oasis.indicator.IndicatorView.Values deps = catalogue.values("mortality", TerritoryLevel.DEPARTEMENT, null, null);
        assertThat(deps.millesime()).isEqualTo(2018);
        assertThat(deps.values()).filteredOn(v -> v.code().equals("55")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(meuse));
        assertThat(catalogue.values("mortality", TerritoryLevel.REGION, null, null).values()).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(grandEst));
        assertThat(catalogue.values("mortality", TerritoryLevel.EPCI, null, null).values())
                .filteredOn(v -> v.value() != null).hasSize(148);
        assertThat(catalogue.series("mortality", TerritoryLevel.DEPARTEMENT, "55").points())
                .extracting(fr.oasis.indicator.IndicatorView.SeriesPoint::millesime)
                .containsExactly(1975, 1982, 1990, 1999, 2007, 2008, 2012, 2013, 2017, 2018);
        assertThat(report.unmatchedCodes().get("indicator epci codes not among the stored territories"))
                .containsExactly("200071157");
    }

    /**
     * Five EPCI of the Meuse and the Marne compared on the real data: every rank is out of at most
     * the 150 EPCI of Grand Est, the mortality row has Grand Est as reference. Prints the time of a
     * warm comparison (median of 9) for the notes; not a check.
     */
    @Test
    void comparisonOfFiveEpcis() {
        List<String> five = queries.all(TerritoryLevel.EPCI).stream().map(TerritoryRecord::code).sorted().limit(5)
                .toList();
        long[] ms = new long[9];
        long[] cpu = new long[9];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        fr.oasis.report.compare.Comparison comparison = null;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            comparison = compare.compare(TerritoryLevel.EPCI, five);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        assertThat(comparison.territories()).allSatisfy(t -> assertThat(t.peers()).isEqualTo(150));
        assertThat(comparison.rows()).allSatisfy(r -> assertThat(r.cells()).allSatisfy(c -> {
            if (c.value() != null) {
                assertThat(c.rank()).isBetween(1, c.outOf());
                assertThat(c.outOf()).isLessThanOrEqualTo(150);
            }
        }));
        assertThat(comparison.rows()).filteredOn(r -> r.key().equals("mortality")).singleElement()
                .satisfies(r -> assertThat(r.references()).containsExactly(catalogue.values("mortality",
                        TerritoryLevel.REGION, null, null).values().get(0).value()));
        long first = ms[0];
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(cpu);
        // Thread CPU time too: wall time on a shared machine measures the neighbours as well.
        System.out.printf("[acceptance] comparison of 5 Grand Est EPCI (%d rows) on %s: first %d ms, median %d ms"
                + " (median CPU %d ms)%n", comparison.rows().size(), getClass().getSimpleName(), first, ms[4], cpu[4]);
    }

    private static double rateInFile(Path file, String prefix) throws java.io.IOException {
        String line = java.nio.file.Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow();
        return Double.parseDouble(line.substring(prefix.length()).replace(',', '.'));
    }

    /**
     * The EPCI report of the CA de Bar-le-Duc - Sud Meuse (SIREN 200033025) on the real data: the
     * share of 75+ (RP 2022, estimated from its 33 communes; Meuse published 11.0), poverty (Meuse
     * 14.8 %, Statistiques locales 2021), unemployment (Meuse 7.3 %, 2024), F-EDI (2021, Meuse
     * 3.44), single-parent families (2022), crude mortality 2013-2018 (11.8 ‰, the EPCI file) and
     * standardised 0-64 mortality (Meuse, 2024), median income (Filosofi 2019 EPCI file, 21,580 €).
     * Values expected from the files are read from SOURCES.md's checks and the files themselves.
     */
    @Test
    void barLeDucEpciReportShowsRealFiguresWithSourceAndMillesime() {
        long t0 = System.nanoTime();
        fr.oasis.report.TerritoryReport epci = reports.report(TerritoryLevel.EPCI, "200033025");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, fr.oasis.report.TerritoryReport.Figure> figures = epci.sections().stream()
                .flatMap(s -> s.figures().stream()).collect(Collectors.toMap(f -> f.id(), f -> f, (a, b) -> a));
        var share75 = figures.get("share75");
        assertThat(share75.value()).isBetween(5.0, 25.0);
        assertThat(share75.estimatedAt(0)).as("no EPCI figure is published: combined from the communes").isTrue();
        assertThat(share75.references().get(0)).as("Meuse, published").isEqualTo(11.0);
        assertThat(share75.source()).contains("RP 2022");
        assertThat(share75.millesime()).isEqualTo(2022);
        assertThat(share75.note()).contains("estimation");
        var poverty = figures.get("poverty");
        assertThat(poverty.references().get(0)).isEqualTo(14.8);
        assertThat(poverty.source()).startsWith("INSEE Statistiques locales");
        assertThat(poverty.millesime()).isEqualTo(2021);
        var unemployment = figures.get("unemployment");
        assertThat(unemployment.references().get(0)).isEqualTo(7.3);
        assertThat(unemployment.millesime()).isEqualTo(2024);
        var fedi = figures.get("fedi");
        assertThat(fedi.value()).isNotNull();
        assertThat(fedi.references().get(0)).isEqualTo(3.44);
        assertThat(fedi.source()).contains("F-EDI");
        assertThat(fedi.millesime()).isEqualTo(2021);
        var singleParent = figures.get("singleparent");
        assertThat(singleParent.value()).isBetween(1.0, 60.0);
        assertThat(singleParent.millesime()).isEqualTo(2022);
        assertThat(figures.get("mortality").value()).isEqualTo(11.8);
        assertThat(figures.get("mortality").millesime()).isEqualTo(2018);
        assertThat(figures.get("mortality064").references().get(0)).isNotNull();
        assertThat(figures.get("mortality064").millesime()).isEqualTo(2024);
        assertThat(figures.get("income").value()).isEqualTo(21580.0);
        assertThat(figures.get("income").millesime()).isEqualTo(2019);
        System.out.printf("[acceptance] Bar-le-Duc EPCI report (%d ms): 75+ %.1f %% (est.), poverty Meuse %.1f %%,"
                        + " unemployment Meuse %.1f %%, F-EDI %.2f (est.), single-parent %.1f %% (est.), mortality %.1f ‰,"
                        + " income %.0f €%n", ms, share75.value(), poverty.references().get(0),
                unemployment.references().get(0), fedi.value(), singleParent.value(), figures.get("mortality").value(),
                figures.get("income").value());
    }

    /** share75 on real data, without census bands: the published RP share, and the filter uses it. */
    @Test
    void share75FilterWorksOnThePublishedShare() {
        fr.oasis.indicator.IndicatorView.Values share75 = catalogue.values("share75", TerritoryLevel.COMMUNE, null, null);
        assertThat(share75.source()).contains("part publiée par le recensement");
        assertThat(share75.values()).filteredOn(v -> v.code().equals("55029")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(12.8));
        fr.oasis.indicator.IndicatorView.FilterResult over12 = filter.apply(TerritoryLevel.COMMUNE, true,
                List.of("share75>12"));
        assertThat(over12.count()).isBetween(500, 4000);
        assertThat(over12.matches()).extracting(fr.oasis.indicator.IndicatorView.Match::code).contains("55029")
                .doesNotContain("54395");
        System.out.printf("[acceptance] share75>12 on Grand Est communes (RP 2022 published share): %d communes,"
                + " %d inhabitants; unknown indicator commune codes %s%n", over12.count(), over12.population(),
                report.unmatchedCodes().get("indicator commune codes not among the stored territories"));
    }
}
