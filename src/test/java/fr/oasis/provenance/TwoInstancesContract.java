package fr.oasis.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.OasisApplication;
import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.GroupingStore;
import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Oasis instances on one database, as behind a load balancer (PostGIS) or as the portal and
 * the {@code import} command on one embedded H2 file: an import through one is seen by the
 * other, whose in-memory caches (the commune table, the APL layers) follow the data versions
 * stored in the database, checked at most once a second as in production; a grouping created
 * through one is served by the other, which keeps what derives from the communes alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesContract {
    private ConfigurableApplicationContext importing;
    private ConfigurableApplicationContext serving;

    @BeforeAll
    void startTwoInstances() {
        importing = start();
        serving = start();
    }

    @AfterAll
    void stop() {
        if (importing != null) {
            importing.close();
        }
        if (serving != null) {
            serving.close();
        }
    }

    /** The profile and command-line settings of an instance (they win over the profile's). */
    abstract String profile();

    abstract String[] arguments();

    private ConfigurableApplicationContext start() {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--oasis.data-version.max-age=1s"), java.util.Arrays.stream(arguments())).toArray(String[]::new);
        return new SpringApplicationBuilder(OasisApplication.class).web(WebApplicationType.NONE)
                .profiles(profile()).run(args);
    }

    @Test
    void anImportThroughOneInstanceIsServedByTheOther() throws InterruptedException {
        importing.getBean(TerritoryImportService.class).importTerritories(TinyTerritory.inputs(), "test", "tiny");
        importGps(importing, "9B001");
        Supplier<Map<String, Double>> servedApl = () -> apl(serving.getBean(AccessibilityQueries.class)
                .layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL));
        Map<String, Double> before = waitFor(servedApl,
                m -> m.equals(apl(importing.getBean(AccessibilityQueries.class)
                        .layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL))));
        assertThat(before).as("the serving instance shows what the importing one computed").isNotEmpty();
        long tableVersion = serving.getBean(Communes.class).table().dataVersion();

        // A second GP opens in another commune: the importing instance recomputes and stores.
        importGps(importing, "9B001", "9A003");
        Map<String, Double> imported = apl(importing.getBean(AccessibilityQueries.class)
                .layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL));
        assertThat(imported).isNotEqualTo(before);
        Map<String, Double> after = waitFor(servedApl, imported::equals);
        assertThat(after).as("the serving instance's kept layer followed the import").isEqualTo(imported);

        // A territory import through the first instance: the second's commune table is rebuilt.
        importing.getBean(TerritoryImportService.class).importTerritories(TinyTerritory.inputs(), "test", "again");
        long newVersion = waitFor(() -> serving.getBean(Communes.class).table().dataVersion(), v -> v != tableVersion);
        assertThat(newVersion).isGreaterThan(tableVersion);
        assertThat(serving.getBean(Communes.class).table().points()).isNotEmpty()
                .isEqualTo(importing.getBean(Communes.class).table().points());
    }

    @Test
    void aGroupingCreatedThroughOneInstanceIsServedByTheOtherWhichKeepsItsCommuneCaches() throws InterruptedException {
        importing.getBean(TerritoryImportService.class).importTerritories(TinyTerritory.inputs(), "test", "tiny");
        importGps(importing, "9B001");
        long territories = importing.getBean(Communes.class).table().dataVersion();
        waitFor(() -> serving.getBean(Communes.class).table().dataVersion(), v -> v == territories);
        CommuneTable servedCommunes = serving.getBean(Communes.class).withoutGroupings();
        ScenarioInputs servedModel = serving.getBean(ScenarioModels.class).current();
        Supplier<List<String>> servedCpts = () -> serving.getBean(AccessibilityQueries.class)
                .layer(TerritoryLevel.CPTS, Profession.MG, AplVariant.ALL).values().stream()
                .map(AccessibilityView.TerritoryValue::code).toList();
        assertThat(servedCpts.get()).isEmpty();

        GroupingStore groupings = importing.getBean(GroupingStore.class);
        groupings.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS-2I", "CPTS des deux instances", 2026,
                "Saisie dans Oasis", false, List.of("9A001", "9B001"), "analyst"), null);
        try {
            assertThat(waitFor(servedCpts, codes -> !codes.isEmpty())).containsExactly("CPTS-2I");
            CommuneTable served = serving.getBean(Communes.class).table();
            assertThat(served.names(TerritoryLevel.CPTS)).containsEntry("CPTS-2I", "CPTS des deux instances");
            assertThat(served.groupsOf("9A001", TerritoryLevel.CPTS)).containsExactly("CPTS-2I");
            assertThat(serving.getBean(Communes.class).withoutGroupings()).as("the communes were not read again")
                    .isSameAs(servedCommunes);
            assertThat(serving.getBean(ScenarioModels.class).current()).as("the APL model was not rebuilt")
                    .isSameAs(servedModel);
        } finally {
            groupings.remove(TerritoryLevel.CPTS, "CPTS-2I");
        }
        waitFor(servedCpts, List::isEmpty);
    }

    private static void importGps(ConfigurableApplicationContext context, String... communes) {
        List<PractitionerRecord> gps = new java.util.ArrayList<>();
        for (int i = 0; i < communes.length; i++) {
            gps.add(new PractitionerRecord("GP" + i, "MG", null, communes[i], null, null, 4500.0, 50, false,
                    "gp.csv#line " + (i + 2)));
        }
        context.getBean(PractitionerImportService.class).importPractitioners(gps,
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    private static Map<String, Double> apl(AccessibilityView.Layer layer) {
        return layer.values().stream().collect(Collectors.toMap(AccessibilityView.TerritoryValue::code,
                AccessibilityView.TerritoryValue::apl));
    }

    /** Polls until {@code done} holds (the other instance checks versions once a second); fails after 20 s. */
    private static <T> T waitFor(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        T last = value.get();
        while (!done.test(last)) {
            assertThat(System.nanoTime()).as("the other instance never saw the change; last value " + last)
                    .isLessThan(deadline);
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }
}
