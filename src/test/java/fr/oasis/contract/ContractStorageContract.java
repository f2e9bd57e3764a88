package fr.oasis.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contract", Long.class);
    }
}
