package fr.oasis.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.contract.Contract.Indicator;
import fr.oasis.contract.Contract.YearStatus;
import fr.oasis.contract.Contract.YearValue;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.security.Role;
import fr.oasis.security.SecurityAudit;
import fr.oasis.security.UserAccounts;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.GroupingStore;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contracts through {@code /api/contracts} on the tiny territory: the whole contract survives a
 * round trip through the tables; each rule gives a 400 naming the field and stores nothing; only
 * ADMINs and named editors change a contract, and each change leaves an audit row with the
 * contract before and after.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ContractStorageContract {
    static final String EDITOR = "contract.editor";
    static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    MockMvc mvc;
    @Autowired
    ContractCatalogue contracts;
    @Autowired
    TerritoryImportService imports;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SecurityAudit audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GroupingStore groupings;
    static final org.springframework.security.core.Authentication ADMIN =
            new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("boss", null,
                    List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));

    @BeforeEach
    void tinyTerritoryAndAccounts() {
        if (territories.find(TerritoryLevel.EPCI, "999000001").isEmpty()) {
            imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        }
        if (!accounts.exists(EDITOR)) {
            accounts.create(EDITOR, "editor-password-123", Role.VIEWER);
        }
    }

    private long create(Contract c) throws Exception {
        String body = mvc.perform(json(post("/api/contracts"), c).with(user("boss").roles("ADMIN")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)).with(csrf());
    }

    @Test
    void theWholeContractSurvivesTheTables() throws Exception {
        long id = create(ContractSamples.sample());
        Contract stored = contracts.get(id);
        Contract expected = ContractSamples.sample().normalized().stored(id, List.of(), 1);
        assertThat(stored).isEqualTo(expected);
        assertThat(stored.action("1.1.1").orElseThrow().indicator("P1").orElseThrow().value(2021).orElseThrow()
                .finding()).isEqualTo("toutes les communes");
        mvc.perform(get("/api/contracts/" + id).with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].statuses[2].status").value("réalisée"))
                .andExpect(jsonPath("$.actions[1].indicators[0].target").value(200.0));
        mvc.perform(get("/api/contracts").with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].editable").value(false));
    }

    @Test
    void anUnknownAxisIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = count();
        Contract bad = ContractSamples.withFirstAction(ContractSamples.sample(), a -> ContractSamples.withAxis(a, "9"));
        mvc.perform(json(post("/api/contracts"), bad).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(containsString("action « 1.1.1 »"),
                        containsString("champ « axe »"), containsString("axe « 9 » inconnu"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStatusOutsideTheListIsRefused() throws Exception {
        Contract bad = ContractSamples.withFirstAction(ContractSamples.sample(), a -> ContractSamples.withStatuses(a,
                List.of(new YearStatus(2020, "presque finie", null))));
        mvc.perform(json(post("/api/contracts"), bad).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(containsString("année 2020"),
                        containsString("champ « statut »"), containsString("« presque finie »"),
                        containsString("« réalisée »"))));
    }

    @Test
    void aValueOutsideThePeriodIsRefusedOnUpdateAndTheStoredContractStays() throws Exception {
        long id = create(ContractSamples.sample());
        Contract bad = ContractSamples.withFirstAction(contracts.get(id), a -> ContractSamples.withIndicators(a,
                List.of(new Indicator("P1", "processus", "Communes", "communes", 2.0, null, null,
                        List.of(new YearValue(2031, 3.0, null))))));
        mvc.perform(json(put("/api/contracts/" + id), bad).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(containsString("indicateur « P1 »"),
                        containsString("champ « valeur »"), containsString("2031 est hors de la période du contrat "
                                + "(2019–2023)"))));
        assertThat(contracts.get(id).version()).isEqualTo(1);
        assertThat(contracts.get(id).action("1.1.1").orElseThrow().indicators().get(0).values()).hasSize(2);
    }

    @Test
    void viewersReadButOnlyEditorsAndAdminsChange() throws Exception {
        long id = create(ContractSamples.sample());
        Contract changed = ContractSamples.withFirstAction(contracts.get(id), a -> ContractSamples.withStatuses(a,
                List.of(new YearStatus(2022, "reportée", "faute de chauffeur"))));
        mvc.perform(json(put("/api/contracts/" + id), changed).with(user(EDITOR).roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/contracts/" + id), changed).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/contracts"), ContractSamples.sample()).with(user(EDITOR).roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/contracts/" + id + "/editors"), List.of(EDITOR)).with(user(EDITOR).roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(contracts.changes(id)).extracting(ContractChange::type).containsExactly("CREATED");

        mvc.perform(json(put("/api/contracts/" + id + "/editors"), List.of(EDITOR)).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editors[0]").value(EDITOR));
        mvc.perform(json(put("/api/contracts/" + id), changed).with(user(EDITOR).roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0]").value(containsString("statut 2019 « non commencée » → « — »")));
        assertThat(contracts.get(id).action("1.1.1").orElseThrow().status(2022).orElseThrow().status())
                .isEqualTo("reportée");

        Contract byAdmin = ContractSamples.withFirstAction(contracts.get(id), a -> ContractSamples.withStatuses(a,
                List.of(new YearStatus(2022, "réalisée", null))));
        mvc.perform(json(put("/api/contracts/" + id), byAdmin).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk());

        List<ContractChange> changes = contracts.changes(id);
        assertThat(changes).extracting(ContractChange::type).containsExactly("UPDATED", "UPDATED", "EDITORS", "CREATED");
        ContractChange byEditor = changes.get(1);
        assertThat(byEditor.username()).isEqualTo(EDITOR);
        assertThat(byEditor.beforeJson()).contains("\"non commencée\"").doesNotContain("faute de chauffeur");
        assertThat(byEditor.afterJson()).contains("faute de chauffeur");
        assertThat(byEditor.summary()).contains("Action « 1.1.1 » : statut 2022 « — » → « reportée »");
        assertThat(audit.latest()).extracting(SecurityAudit.AuditLine::type, SecurityAudit.AuditLine::username)
                .contains(org.assertj.core.groups.Tuple.tuple("CONTRACT_UPDATED", EDITOR),
                        org.assertj.core.groups.Tuple.tuple("CONTRACT_EDITORS", "boss"));
        mvc.perform(get("/api/contracts/" + id + "/changes").with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].username").value("boss"));

        mvc.perform(delete("/api/contracts/" + id).with(csrf()).with(user(EDITOR).roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/contracts/" + id).with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/contracts/" + id).with(user("reader").roles("VIEWER"))).andExpect(status().isNotFound());
        assertThat(contracts.changes(id).get(0).type()).isEqualTo("DELETED");
    }

    @Test
    void unknownEditorsAndUnknownPerimetersAreRefused() throws Exception {
        long id = create(ContractSamples.sample());
        mvc.perform(json(put("/api/contracts/" + id + "/editors"), List.of("nobody.here"))
                        .with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("nobody.here")));
        Contract c = ContractSamples.sample();
        Contract elsewhere = new Contract(null, c.name(), c.kind(), new Contract.Perimeter(null, null,
                List.of("9A001", "0ZZ99"), "Groupement"), c.startYear(), c.endYear(), c.signedOn(), c.signatories(),
                c.axes(), c.actions(), false, List.of(), null);
        mvc.perform(json(post("/api/contracts"), elsewhere).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("champ « périmètre.communes » : commune(s) "
                        + "inconnue(s) [0ZZ99]")));
    }

    /**
     * A perimeter is a (level, code) reference to any stored territory, groupings included: a CLS
     * grouping of two communes drawn in the portal; its name comes from the stored grouping; the
     * page links its report and map; an unknown level or code is refused naming the field.
     */
    @Test
    void aPerimeterMayBeAStoredGrouping() throws Exception {
        groupings.save(new GroupingRecord(TerritoryLevel.CLS, "CLS-T", "CLS du test", 2025, "test", false,
                List.of("9A001", "9B001"), "boss"), territories.find(TerritoryLevel.CLS, "CLS-T").isPresent() ? "CLS-T" : null);
        Contract c = ContractSamples.sample().withPerimeter(new Contract.Perimeter("CLS", "CLS-T", List.of(), null));
        long id = create(c);
        assertThat(contracts.get(id).perimeter()).isEqualTo(new Contract.Perimeter("cls", "CLS-T", List.of(),
                "CLS du test"));
        mvc.perform(get("/contracts/" + id).with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Contrat local de santé : CLS du test (code CLS-T)"),
                        containsString("href=\"/reports/cls/CLS-T\""),
                        containsString("href=\"/map?level=cls&amp;sel=cls:CLS-T\""))));
        ContractFigures figures = contracts.figures(id);
        assertThat(figures.lines()).extracting(ContractFigures.Line::key).contains("population");
        // 9A001 (500 inhabitants) + 9B001 (census: none) as the report of the grouping counts them
        assertThat(figures.lines().stream().filter(l -> l.key().equals("population")).findFirst().orElseThrow().now())
                .isEqualTo(territories.find(TerritoryLevel.CLS, "CLS-T").orElseThrow().population().doubleValue());

        Contract unknownLevel = c.withPerimeter(new Contract.Perimeter("canton", "12", List.of(), "Canton"));
        mvc.perform(json(post("/api/contracts"), unknownLevel).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(containsString("champ « périmètre.niveau »"),
                        containsString("« canton »"), containsString("cls"), containsString("epci"))));
        Contract unknownCode = c.withPerimeter(new Contract.Perimeter("petr", "NOPE", List.of(), "PETR"));
        mvc.perform(json(post("/api/contracts"), unknownCode).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("champ « périmètre")));
        Contract unknownGroup = c.withPerimeter(new Contract.Perimeter("cls", "NOPE", List.of(), "CLS"));
        mvc.perform(json(post("/api/contracts"), unknownGroup).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("champ « périmètre.code » : aucun territoire "
                        + "« NOPE » au niveau Contrat local de santé (cls)")));
        contracts.delete(id, ADMIN);
        groupings.remove(TerritoryLevel.CLS, "CLS-T");
    }

    /**
     * The perimeter's figures are frozen when the contract is created, again when its signature
     * date changes, and on request by an editor or an ADMIN (audited); the page and the API show
     * them beside today's, with no evolution while the millésime is the same.
     */
    @Test
    void perimeterFiguresAreFrozenAtCreationOnSignatureChangeAndOnRequest() throws Exception {
        long id = create(ContractSamples.sample());
        assertThat(snapshotReason(id)).isEqualTo("création du contrat");
        double population = territories.find(TerritoryLevel.EPCI, "999000001").orElseThrow().population();
        assertThat(frozenPopulation(id)).isEqualTo(population);
        ContractFigures.Line line = populationLine(id);
        assertThat(line.now()).isEqualTo(population);
        assertThat(line.sameMillesime()).isTrue();
        assertThat(line.evolution()).startsWith("millésime inchangé");

        // As if the figures had been frozen on an older millésime: the page shows the difference.
        jdbc.update("UPDATE contract_figure_snapshot SET amount = ?, millesime = millesime - 3 WHERE contract_id = ? "
                + "AND figure_key = 'population'", population - 40, id);
        assertThat(populationLine(id).difference()).isEqualTo(40.0);
        assertThat(populationLine(id).evolution()).isEqualTo("+40\u00a0hab.");
        mvc.perform(get("/contracts/" + id).with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("À la signature (figé le "),
                        containsString("+40\u00a0hab."), not(containsString("id=\"freeze-figures\"")))));
        mvc.perform(get("/api/contracts/" + id + "/figures").with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.frozenReason").value("création du contrat"))
                .andExpect(jsonPath("$.lines[0].key").value("population"));

        // A change that leaves the signature date alone keeps the frozen figures; a new date freezes them again.
        Contract renamed = contracts.get(id);
        renamed = new Contract(id, "CLS de test renommé", renamed.kind(), renamed.perimeter(), renamed.startYear(),
                renamed.endYear(), renamed.signedOn(), renamed.signatories(), renamed.axes(), renamed.actions(),
                renamed.demo(), renamed.editors(), renamed.version());
        contracts.update(id, renamed, ADMIN);
        assertThat(frozenPopulation(id)).isEqualTo(population - 40);
        Contract resigned = new Contract(id, renamed.name(), renamed.kind(), renamed.perimeter(), renamed.startYear(),
                renamed.endYear(), renamed.signedOn().plusDays(10), renamed.signatories(), renamed.axes(),
                renamed.actions(), renamed.demo(), renamed.editors(), renamed.version());
        contracts.update(id, resigned, ADMIN);
        assertThat(snapshotReason(id)).isEqualTo("date de signature modifiée");
        assertThat(frozenPopulation(id)).isEqualTo(population);

        // "Figer les chiffres actuels": editors and ADMINs only, audited.
        jdbc.update("UPDATE contract_figure_snapshot SET amount = 1 WHERE contract_id = ? AND figure_key = 'population'", id);
        mvc.perform(post("/api/contracts/" + id + "/figures").with(csrf()).with(user(EDITOR).roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(frozenPopulation(id)).isEqualTo(1.0);
        mvc.perform(post("/contracts/" + id + "/figures").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        assertThat(frozenPopulation(id)).isEqualTo(population);
        assertThat(snapshotReason(id)).isEqualTo("figés à la demande");
        ContractChange frozen = contracts.changes(id).get(0);
        assertThat(frozen.type()).isEqualTo("FIGURES");
        assertThat(frozen.username()).isEqualTo("boss");
        assertThat(frozen.beforeJson()).contains("\"value\":1.0");
        assertThat(frozen.afterJson()).contains("\"value\":" + population);
        assertThat(audit.latest()).extracting(SecurityAudit.AuditLine::type).contains("CONTRACT_FIGURES_FROZEN");
        mvc.perform(get("/contracts/" + id).with(user("boss").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"freeze-figures\"")));
        contracts.delete(id, ADMIN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contract_figure_snapshot WHERE contract_id = ?", Long.class,
                id)).isZero();
    }

    private ContractFigures.Line populationLine(long id) {
        return contracts.figures(id).lines().stream().filter(l -> l.key().equals("population")).findFirst().orElseThrow();
    }

    private double frozenPopulation(long id) {
        return jdbc.queryForObject("SELECT amount FROM contract_figure_snapshot WHERE contract_id = ? AND figure_key = "
                + "'population'", Double.class, id);
    }

    private String snapshotReason(long id) {
        return jdbc.queryForObject("SELECT DISTINCT reason FROM contract_figure_snapshot WHERE contract_id = ?",
                String.class, id);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contract", Long.class);
    }
}
