package fr.oasis.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Services edited one at a time on the tiny territory, with the optional mobile-unit supply on:
 * a unit with its stops created, changed and deleted by an ANALYST, each change stored with the
 * services data version moved and audited with the item before and after; refused changes name
 * their field and store nothing; the API and the pages enforce roles (VIEWER 403 in French) and
 * CSRF; the map layer shows a change at once; the APL of the communes a médicobus or a dental bus
 * stops in gains exactly the hand-computed supply, labelled as an estimate.
 */
@SpringBootTest(properties = "oasis.services.mobile-supply.enabled=true")
@AutoConfigureMockMvc
abstract class ServiceEditingContract {
    private static final Authentication ANALYST = account("analyst", "ROLE_ANALYST");
    private static final Authentication VIEWER = account("viewer", "ROLE_VIEWER");
    @Autowired
    OutreachEditor editor;
    @Autowired
    OutreachCatalogue catalogue;
    @Autowired
    TerritoryImportService imports;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    DataVersions versions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private static Authentication account(String name, String role) {
        return new UsernamePasswordAuthenticationToken(name, null, List.of(new SimpleGrantedAuthority(role)));
    }

    @BeforeEach
    void tinyTerritory() {
        if (territories.find(TerritoryLevel.EPCI, "999000001").isEmpty()
                || territories.find(TerritoryLevel.COMMUNE, "9B002").isEmpty()) {
            imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        }
        catalogue.importRows(List.of(), "test", false);
    }

    @AfterEach
    void emptyCatalogue() {
        catalogue.importRows(List.of(), "test", false);
    }

    private static Map<String, String> unit(String code, String name, String kind) {
        return ServiceForms.fields("code", code, "nom", name, "type", kind, "operateur", "CPTS de test");
    }

    private static Map<String, String> stop(String commune, String halfDays) {
        return ServiceForms.fields("commune", commune, "lieu", "Place", "demi_journees_par_mois", halfDays,
                "horaires", "mardis");
    }

    @Test
    void aUnitWithStopsIsCreatedChangedAndDeletedAuditedWithBeforeAndAfter() {
        long v0 = versions.current().of(DataKind.SERVICES);
        editor.save(ServiceRow.Kind.UNIT, null, unit("BUS-T", "Bus de test", "bus-dentaire"),
                List.of(stop("9A001", "2"), ServiceForms.fields("commune", "", "lieu", " "), stop("9B001", "4")),
                ANALYST);
        long v1 = versions.current().of(DataKind.SERVICES);
        assertThat(v1).isGreaterThan(v0);
        Outreach.MobileUnit created = catalogue.all().units().get(0);
        assertThat(created.stops()).extracting(Outreach.Stop::commune).containsExactly("9A001", "9B001");
        assertThat(created.source()).isEqualTo("saisie dans le portail Oasis");

        Map<String, String> renamed = unit("BUS-T", "Bus dentaire de test", "bus-dentaire");
        editor.save(ServiceRow.Kind.UNIT, "BUS-T", renamed, List.of(stop("9A001", "3"), stop("9B001", "4"),
                stop("9B002", "1")), ANALYST);
        assertThat(versions.current().of(DataKind.SERVICES)).isGreaterThan(v1);
        assertThat(catalogue.all().units().get(0).halfDaysPerMonth()).isEqualTo(8);

        // The same content again writes nothing.
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM outreach_change", Integer.class);
        editor.save(ServiceRow.Kind.UNIT, "BUS-T", renamed, List.of(stop("9A001", "3"), stop("9B001", "4"),
                stop("9B002", "1")), ANALYST);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_change", Integer.class)).isEqualTo(rows);

        editor.delete(ServiceRow.Kind.UNIT, "BUS-T", ANALYST);
        assertThat(catalogue.all().units()).isEmpty();
        List<OutreachChange> changes = editor.changes(3);
        assertThat(changes).extracting(OutreachChange::type).containsExactly("DELETED", "UPDATED", "CREATED");
        assertThat(changes).allMatch(c -> c.username().equals("analyst") && c.code().equals("BUS-T"));
        OutreachChange update = changes.get(1);
        assertThat(update.summary()).contains("nom : « Bus de test » → « Bus dentaire de test »",
                "arrêt 1 : 9A001 (Place), 2 demi-journée(s) par mois, mardis → 9A001 (Place), 3 demi-journée(s)",
                "arrêt 3 ajouté : 9B002");
        assertThat(update.beforeJson()).contains("\"name\":\"Bus de test\"").doesNotContain("9B002");
        assertThat(update.afterJson()).contains("\"name\":\"Bus dentaire de test\"", "9B002");
        assertThat(changes.get(0).afterJson()).isNull();
        assertThat(changes.get(2).beforeJson()).isNull();
    }

    @Test
    void refusedChangesNameTheirFieldAndStoreNothing() {
        editor.save(ServiceRow.Kind.SITE, null, ServiceForms.fields("code", "TC-T", "nom", "Cabine", "type", "cabine",
                "commune", "9A001", "lon", "5,05", "lat", "48.15"), null, ANALYST);
        long version = versions.current().of(DataKind.SERVICES);

        assertThatThrownBy(() -> editor.save(ServiceRow.Kind.SITE, "TC-T", ServiceForms.fields("code", "TC-T", "nom",
                "", "type", "kiosque", "commune", "0ZZ99", "lon", "abc", "lat", "48.15"), null, ANALYST))
                .isInstanceOf(InvalidServicesException.class)
                .satisfies(e -> assertThat(((InvalidServicesException) e).problems()).containsExactlyInAnyOrder(
                        "champ « commune » : commune « 0ZZ99 » inconnue des territoires chargés",
                        "champ « lon » : « abc » n'est pas un nombre", "champ « nom » : valeur obligatoire",
                        "champ « type » : « kiosque » n'est pas dans la liste [autre, cabine, ehpad, pharmacie, "
                                + "salle-msp]"));
        assertThatThrownBy(() -> editor.save(ServiceRow.Kind.UNIT, null, unit("BUS-T", "Bus", "medicobus"),
                List.of(stop("9A001", "41"), stop("9Z999", "2")), ANALYST))
                .isInstanceOf(InvalidServicesException.class)
                .satisfies(e -> assertThat(((InvalidServicesException) e).problems()).containsExactly(
                        "arrêt 1, champ « demi_journees_par_mois » : 41 demi-journées par mois, de 1 à 40 attendues",
                        "arrêt 2, champ « commune » : commune « 9Z999 » inconnue des territoires chargés"));
        assertThatThrownBy(() -> editor.save(ServiceRow.Kind.UNIT, null, unit("BUS-T", "Bus", "medicobus"),
                List.of(stop("9A001", "30"), stop("9B001", "20")), ANALYST))
                .hasMessage("unité mobile « BUS-T », champ « demi_journees_par_mois » : 50 demi-journées par mois sur "
                        + "l'ensemble de ses arrêts, au plus 40");
        assertThatThrownBy(() -> editor.save(ServiceRow.Kind.SITE, null, ServiceForms.fields("code", "TC-T", "nom",
                "Autre", "type", "cabine", "commune", "9A001", "lon", "5.05", "lat", "48.15"), null, ANALYST))
                .hasMessageContaining("champ « code » : le code « TC-T » est déjà celui");
        assertThatThrownBy(() -> editor.save(ServiceRow.Kind.INITIATIVE, null, ServiceForms.fields("code", "F-1",
                "titre", "Forum", "type", "forum", "date", "12/10/2024", "commune", "9A001"), null, ANALYST))
                .hasMessage("champ « date » : « 12/10/2024 » n'est pas une date AAAA-MM-JJ");
        assertThatThrownBy(() -> editor.save(ServiceRow.Kind.SITE, null, ServiceForms.fields("code", "TC-V"), null,
                VIEWER)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("lecture seule");

        assertThat(versions.current().of(DataKind.SERVICES)).isEqualTo(version);
        assertThat(catalogue.all().sites()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Cabine");
            assertThat(s.lon()).isEqualTo(5.05);
        });
        assertThat(catalogue.all().units()).isEmpty();
        assertThat(catalogue.all().initiatives()).isEmpty();
    }

    @Test
    void theApiEnforcesRolesAndCsrfAndTheLayerShowsAChangeAtOnce() throws Exception {
        String body = "{\"code\":\"MED-API\",\"name\":\"Médicobus API\",\"kind\":\"medicobus\",\"operator\":\"CPTS\","
                + "\"stops\":[{\"commune\":\"9A001\",\"place\":\"Mairie\",\"halfDaysPerMonth\":4,\"schedule\":\"lundis\"}]}";
        mvc.perform(post("/api/services/units").with(user("v").roles("VIEWER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                // Refused by the security filter (SecurityConfig); its French body comes from the error
                // page, which MockMvc does not dispatch to (EndpointRulesTest covers every write endpoint).
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/services/units").with(user("a").roles("ANALYST"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/services/units").with(user("a").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stops[0].halfDaysPerMonth").value(4));
        mvc.perform(get("/api/services/layer").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.features[0].properties.name").value("Médicobus API"))
                .andExpect(jsonPath("$.features[0].properties.demiJourneesParMois").value(4));

        mvc.perform(put("/api/services/units/MED-API").with(user("a").roles("ANALYST")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"halfDaysPerMonth\":4",
                                "\"halfDaysPerMonth\":41").replace("9A001", "0ZZ99")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("arrêt 1, champ « commune » : commune « 0ZZ99 » inconnue "
                        + "des territoires chargés"))
                .andExpect(jsonPath("$.problems[1]").value("arrêt 1, champ « demi_journees_par_mois » : 41 "
                        + "demi-journées par mois, de 1 à 40 attendues"));
        mvc.perform(put("/api/services/units/NOPE").with(user("a").roles("ADMIN")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(get("/api/services/changes").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$[0].type").value("CREATED")).andExpect(jsonPath("$[0].username").value("a"));
        mvc.perform(delete("/api/services/units/MED-API").with(user("v").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/services/units/MED-API").with(user("root").roles("ADMIN")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/services/layer").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.features.length()").value(0));
    }

    @Test
    void thePagesOfferFormsToAnalystsOnlyAndShowEveryProblem() throws Exception {
        mvc.perform(get("/services").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lecture seule")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"new-unit\""))));
        mvc.perform(get("/services/units/new").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("votre rôle permet la lecture seule")));
        mvc.perform(post("/services/units").with(user("a").roles("ANALYST")).param("code", "BUS-P")
                .param("nom", "Bus").param("type", "bus-dentaire")).andExpect(status().isForbidden());
        mvc.perform(post("/services/units").with(user("a").roles("ANALYST")).with(csrf()).param("code", "BUS-P")
                        .param("nom", "Bus").param("type", "bus-dentaire").param("operateur", "")
                        .param("arret_commune", "9A001", "").param("arret_lieu", "Mairie", "")
                        .param("arret_demi_journees_par_mois", "41", "").param("arret_horaires", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("arrêt 1, champ « demi_journees_par_mois » : 41 "
                        + "demi-journées par mois, de 1 à 40 attendues")))
                .andExpect(content().string(containsString("value=\"Mairie\"")));
        assertThat(catalogue.all().units()).isEmpty();
        mvc.perform(post("/services/units").with(user("a").roles("ANALYST")).with(csrf()).param("code", "BUS-P")
                        .param("nom", "Bus").param("type", "bus-dentaire").param("operateur", "")
                        .param("arret_commune", "9A001", "").param("arret_lieu", "Mairie", "")
                        .param("arret_demi_journees_par_mois", "4", "").param("arret_horaires", "", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/services"));
        assertThat(catalogue.all().units()).singleElement().satisfies(u -> assertThat(u.stops()).hasSize(1));
        mvc.perform(get("/services/units/BUS-P").with(user("a").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Mairie\"")));
        mvc.perform(post("/services/units/BUS-P/delete").with(user("v").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/services/units/BUS-P/delete").with(user("a").roles("ANALYST")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(catalogue.all().units()).isEmpty();
    }

    /**
     * Hand-computed: the tiny territory has two GPs of 4,500 consultations and one dentist (one
     * FTE). Every commune's inhabitants reach every supply, so Σ population × APL = Σ supply. A
     * médicobus stopping 4 + 2 half-days a month brings (4 + 2) / 40 = 0.15 FTE × 4,500 = 675
     * consultations; a dental bus stopping 2 half-days 2 / 40 = 0.05 FTE, i.e. 5,000 per 100,000.
     */
    @Test
    void mobileUnitsCountAsLabelledFractionalSupplyInTheApl() {
        // The tiny territory alone, by crow-fly (its communes all reach each other), whatever another
        // test class left in the shared database (the demonstration, its road network, its census).
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
        imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "gp.csv#line 2"),
                        new PractitionerRecord("GP2", "MG", null, "9A003", null, null, 4500.0, 40, false, "gp.csv#line 3"),
                        new PractitionerRecord("CD1", "CD", null, "9A001", null, null, null, null, false, "gp.csv#line 4")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
        assertThat(served(Profession.MG, AplVariant.ALL)).isCloseTo(9000, within(1e-6));
        double nearestBefore = layer(Profession.MG, AplVariant.ALL).values().stream()
                .filter(v -> v.code().equals("9A001")).findFirst().orElseThrow().nearestMinutes();

        editor.save(ServiceRow.Kind.UNIT, null, unit("MED-T", "Médicobus", "medicobus"),
                List.of(stop("9A001", "4"), stop("9B001", "2")), ANALYST);
        editor.save(ServiceRow.Kind.UNIT, null, unit("BD-T", "Bus dentaire", "bus-dentaire"),
                List.of(stop("9B002", "2")), ANALYST);

        assertThat(served(Profession.MG, AplVariant.ALL)).isCloseTo(9000 + 675, within(1e-6));
        assertThat(served(Profession.CD, AplVariant.ALL)).isCloseTo(105_000, within(1e-6));
        assertThat(layer(Profession.MG, AplVariant.ALL).unit())
                .isEqualTo("consultations par an et par habitant — APL incluant les unités mobiles (estimation)");
        assertThat(layer(Profession.CD, AplVariant.ALL).unit()).endsWith("— APL incluant les unités mobiles (estimation)");
        // No age is known for a unit: the under-65 variant keeps the practitioners only, unlabelled.
        assertThat(served(Profession.MG, AplVariant.UNDER_65)).isCloseTo(9000, within(1e-6));
        assertThat(layer(Profession.MG, AplVariant.UNDER_65).unit()).isEqualTo("consultations par an et par habitant");
        // A stop is not a practice: the time to the nearest GP does not change.
        assertThat(layer(Profession.MG, AplVariant.ALL).values().stream().filter(v -> v.code().equals("9A001"))
                .findFirst().orElseThrow().nearestMinutes()).isEqualTo(nearestBefore);

        editor.delete(ServiceRow.Kind.UNIT, "MED-T", ANALYST);
        assertThat(served(Profession.MG, AplVariant.ALL)).isCloseTo(9000, within(1e-6));
        assertThat(layer(Profession.MG, AplVariant.ALL).unit()).isEqualTo("consultations par an et par habitant");
    }

    private AccessibilityView.Layer layer(Profession profession, AplVariant variant) {
        return accessibility.layer(TerritoryLevel.COMMUNE, profession, variant);
    }

    private double served(Profession profession, AplVariant variant) {
        return layer(profession, variant).values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
    }
}
