package fr.oasis.prospective.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.demo.DemoLoader;
import fr.oasis.practitioner.Profession;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/prospective/scenarios} on the demonstration territory: ANALYSTs evaluate and save,
 * VIEWERs open saved scenarios but build nothing, only the author (or an ADMIN) changes one,
 * CSRF is required, every bad input gets a French 400, a saved scenario round-trips through the
 * tables and never changes the stored practitioners or indicators; CSV and one-page PDF exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ScenarioApiContract {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final RequestPostProcessor ANALYST = user("analyst.one").roles("ANALYST");
    static final RequestPostProcessor OTHER_ANALYST = user("analyst.two").roles("ANALYST");
    static final RequestPostProcessor VIEWER = user("viewer.one").roles("VIEWER");
    static final RequestPostProcessor ADMIN = user("boss").roles("ADMIN");
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ScenarioModels models;
    @Autowired
    CurrentBaseline current;
    @Autowired
    JdbcTemplate jdbc;

    String busiest;
    int busiestGps;
    String withoutDentist;

    @BeforeEach
    void demonstration() {
        DemoInDatabase.ensureTerritory(demo, territories);
        ScenarioInputs inputs = models.current();
        double[] gps = current.of(AplVariant.ALL).practitioners(Profession.MG);
        double[] dentists = current.of(AplVariant.ALL).practitioners(Profession.CD);
        int best = 0;
        int none = -1;
        for (int i = 0; i < gps.length; i++) {
            best = gps[i] > gps[best] ? i : best;
            none = none < 0 && dentists[i] == 0 && inputs.population()[i] > 0 ? i : none;
        }
        busiest = inputs.code(best);
        busiestGps = (int) gps[best];
        withoutDentist = inputs.code(none);
        assertThat(busiestGps).as("the demonstration has a commune with general practitioners").isPositive();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)).with(csrf());
    }

    static Map<String, Object> change(String kind, String commune, Map<String, Object> practitioners) {
        return Map.of("kind", kind, "commune", commune, "practitioners", practitioners);
    }

    /** Professions in the order given (a MSP's team keeps its order through the tables). */
    static Map<String, Object> team(Object... keysAndCounts) {
        Map<String, Object> team = new java.util.LinkedHashMap<>();
        for (int k = 0; k < keysAndCounts.length; k += 2) {
            team.put((String) keysAndCounts[k], keysAndCounts[k + 1]);
        }
        return team;
    }

    Map<String, Object> draft(String name, List<Map<String, Object>> changes) {
        return Map.of("name", name, "variant", "all", "changes", changes);
    }

    long save(RequestPostProcessor who, Map<String, Object> draft) throws Exception {
        String body = mvc.perform(json(post("/api/prospective/scenarios"), draft).with(who))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    @Test
    void anAnalystSeesWhatAPracticeOpeningChanges() throws Exception {
        String body = mvc.perform(json(post("/api/prospective/scenarios/evaluate"), draft("", List.of(
                        change("msp", withoutDentist, team("MG", 2, "INF", 3, "MK", 1))))).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.professions[0].profession").value("MG"))
                .andExpect(jsonPath("$.professions[1].profession").value("INF"))
                .andExpect(jsonPath("$.professions[2].profession").value("MK"))
                .andExpect(jsonPath("$.professions[0].summary.practitionersArriving").value(2))
                .andExpect(jsonPath("$.professions[0].threshold").value(2.5))
                .andExpect(jsonPath("$.professions[1].threshold").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        JsonNode outcome = JSON.readTree(body);
        JsonNode gp = outcome.get("professions").get(0);
        assertThat(gp.get("communes").size()).isPositive();
        for (JsonNode row : gp.get("communes")) {
            assertThat(row.get("aplAfter").asDouble()).as(row.get("code").asString())
                    .isGreaterThanOrEqualTo(row.get("aplBefore").asDouble());
        }
        assertThat(gp.get("communes").get(0).get("code").asString()).isEqualTo(withoutDentist);
        assertThat(gp.get("epcis").size()).isPositive();
        assertThat(gp.get("summary").get("populationLosing").asDouble()).isZero();
        assertThat(outcome.get("sources").toString()).contains("millésime", "Professionnels de santé");
    }

    @Test
    void viewersOpenSavedScenariosButBuildNothingAndOnlyTheAuthorChangesOne() throws Exception {
        long id = save(ANALYST, draft("Départs au centre", List.of(
                change("depart", busiest, Map.of("MG", 1)))));
        mvc.perform(get("/api/prospective/scenarios").with(VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].editable").value(false));
        mvc.perform(get("/api/prospective/scenarios/" + id).with(VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Départs au centre"))
                .andExpect(jsonPath("$.editable").value(false));
        mvc.perform(get("/api/prospective/scenarios/" + id + "/outcome").with(VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.professions[0].summary.practitionersLeaving").value(1));
        mvc.perform(get("/prospective/scenarios/" + id).with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Départs au centre")));
        Map<String, Object> changed = draft("Renommé", List.of(change("installation", busiest, Map.of("MG", 2))));
        for (var request : List.of(post("/api/prospective/scenarios/evaluate"), post("/api/prospective/scenarios"),
                put("/api/prospective/scenarios/" + id))) {
            // refused by the security filter (its French body comes from the error dispatch, which MockMvc skips)
            mvc.perform(json(request, changed).with(VIEWER)).andExpect(status().isForbidden());
        }
        mvc.perform(json(put("/api/prospective/scenarios/" + id), changed).with(OTHER_ANALYST))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(containsString("appartient à analyst.one")));
        mvc.perform(delete("/api/prospective/scenarios/" + id).with(csrf()).with(OTHER_ANALYST))
                .andExpect(status().isForbidden());
        mvc.perform(get("/prospective/scenarios/new").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/prospective/scenarios/" + id), changed).with(ANALYST)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renommé"))
                .andExpect(jsonPath("$.changes[0].kind").value("installation"))
                .andExpect(jsonPath("$.editable").value(true));
        mvc.perform(delete("/api/prospective/scenarios/" + id).with(csrf()).with(ADMIN)).andExpect(status().isNoContent());
        mvc.perform(get("/api/prospective/scenarios/" + id).with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/prospective/scenarios/" + id).with(VIEWER)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("aucun scénario n° " + id)));
    }

    @Test
    void withoutCsrfNothingIsEvaluatedOrSaved() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM prospective_scenario", Long.class);
        mvc.perform(post("/api/prospective/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(draft("Sans jeton", List.of()))).with(ANALYST))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/prospective/scenarios/evaluate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"changes\":[]}").with(ANALYST)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospective_scenario", Long.class)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedInFrenchNamingTheChangeAndTheField() throws Exception {
        expectBad(draft("x", List.of(change("installation", "99999", Map.of("MG", 1)))), "commune « 99999 » inconnue");
        expectBad(draft("x", List.of(change("installation", busiest, Map.of("XYZ", 1)))), "profession « XYZ » inconnue");
        expectBad(draft("x", List.of(change("installation", busiest, Map.of("MG", -2)))), "doit être positif");
        expectBad(draft("x", List.of(change("installation", busiest, Map.of("MG", 10_000)))), "n'est pas plausible");
        expectBad(draft("x", List.of(change("installation", busiest, Map.of("MG", 1.5)))), "doit être un entier");
        expectBad(draft("x", List.of(change("open", busiest, Map.of("MG", 1)))), "type de changement « open » inconnu");
        expectBad(draft("x", List.of(change("depart", withoutDentist, Map.of("CD", 2)))), "ne peuvent pas partir");
        expectBad(draft("x", List.of(change("depart", busiest, Map.of("MG", busiestGps)),
                change("depart", busiest, Map.of("MG", 1)))), "ne peuvent pas partir");
        expectBad(Map.of("name", "x", "variant", "under-99", "changes", List.of()), "variante « under-99 » inconnue");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM prospective_scenario", Long.class);
        mvc.perform(json(post("/api/prospective/scenarios"), draft("   ", List.of())).with(ANALYST))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("« nom »")));
        mvc.perform(json(post("/api/prospective/scenarios"), draft("Trop de départs",
                        List.of(change("depart", withoutDentist, Map.of("CD", 1))))).with(ANALYST))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospective_scenario", Long.class)).isEqualTo(before);
    }

    private JsonNode evaluated(Map<String, Object> draft) throws Exception {
        return JSON.readTree(mvc.perform(json(post("/api/prospective/scenarios/evaluate"), draft).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The demonstration knows every practitioner's age: in 10 years some general practitioners have left. */
    @Test
    void aRetirementHorizonStartsFromTheProjectedSituationAndInstallationsStillRaiseIt() throws Exception {
        List<Map<String, Object>> installation = List.of(change("installation", withoutDentist, Map.of("MG", 2)));
        JsonNode now = evaluated(draft("", installation));
        JsonNode later = evaluated(Map.of("name", "", "variant", "all", "retirementYears", 10,
                "changes", installation));
        JsonNode nowGp = now.get("professions").get(0).get("summary");
        JsonNode laterGp = later.get("professions").get(0).get("summary");
        assertThat(laterGp.get("meanAplBefore").asDouble()).as("10 years of retirements lower the start")
                .isLessThan(nowGp.get("meanAplBefore").asDouble());
        assertThat(laterGp.get("meanAplAfter").asDouble()).as("the installation still raises the projected APL")
                .isGreaterThan(laterGp.get("meanAplBefore").asDouble());
        assertThat(later.get("baseline").asString())
                .isEqualTo("situation projetée dans 10 ans (départs à la retraite estimés)");
        assertThat(later.get("baselineEstimate").asBoolean()).isTrue();
        assertThat(now.get("baselineEstimate").asBoolean()).isFalse();
        assertThat(later.get("sources").toString()).contains("situation projetée dans 10 ans");

        long id = save(ANALYST, Map.of("name", "Installation dans 10 ans", "variant", "all", "retirementYears", 10,
                "changes", installation));
        mvc.perform(get("/api/prospective/scenarios/" + id).with(VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.retirementYears").value(10));
        mvc.perform(get("/api/prospective/scenarios/" + id + "/outcome").with(VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline").value(containsString("dans 10 ans")))
                .andExpect(jsonPath("$.professions[0].summary.meanAplBefore")
                        .value(laterGp.get("meanAplBefore").asDouble()));
        mvc.perform(get("/api/prospective/scenarios/baseline?profession=MG&retirementYears=10").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sources[2]").value(containsString("dans 10 ans")));
        mvc.perform(json(put("/api/prospective/scenarios/" + id), draft("Installation maintenant", installation))
                .with(ANALYST)).andExpect(status().isOk()).andExpect(jsonPath("$.retirementYears").doesNotExist());

        for (Object bad : List.of(0, 16, 2.5)) {
            expectBad(Map.of("name", "x", "variant", "all", "retirementYears", bad, "changes", installation),
                    "champ « départs à la retraite » : l'horizon doit être un nombre entier d'années de 1 à 15");
        }
        expectBad(Map.of("name", "x", "variant", "under-65", "retirementYears", 5, "changes", installation),
                "tous âges");
        mvc.perform(get("/api/prospective/scenarios/baseline?retirementYears=40").with(VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("de 1 à 15")));
    }

    private void expectBad(Map<String, Object> draft, String message) throws Exception {
        mvc.perform(json(post("/api/prospective/scenarios/evaluate"), draft).with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString(message)));
    }

    /** Every stored APL run's values, as the bytes stored (one binary row per run). */
    private List<String> storedAplValues() {
        return jdbc.query("SELECT run_id, commune_values FROM apl_run_values ORDER BY run_id",
                (rs, i) -> rs.getLong(1) + ":" + java.util.HexFormat.of().formatHex(rs.getBytes(2)));
    }

    @Test
    void aSavedScenarioRoundTripsAndNeverChangesTheStoredBaseline() throws Exception {
        long practitioners = jdbc.queryForObject("SELECT COUNT(*) FROM practitioner", Long.class);
        List<String> stored = storedAplValues();
        double[] supply = current.of(AplVariant.ALL).supply(Profession.MG).clone();
        long id = save(ANALYST, draft("MSP et départ", List.of(
                change("msp", withoutDentist, team("MG", 2, "INF", 3, "MK", 1)),
                change("depart", busiest, Map.of("MG", 1)))));
        mvc.perform(get("/api/prospective/scenarios/" + id).with(ANALYST)).andExpect(status().isOk())
                .andExpect(jsonPath("$.author").value("analyst.one"))
                .andExpect(jsonPath("$.builtOn").value(containsString("millésime")))
                .andExpect(jsonPath("$.changes[0].kind").value("msp"))
                .andExpect(jsonPath("$.changes[0].practitioners.MG").value(2))
                .andExpect(jsonPath("$.changes[0].practitioners.INF").value(3))
                .andExpect(jsonPath("$.changes[0].practitioners.MK").value(1))
                .andExpect(jsonPath("$.changes[0].summary").value(containsString("ouverture d'une maison de santé avec "
                        + "2 médecins généralistes, 3 infirmiers, 1 masseur-kinésithérapeute")))
                .andExpect(jsonPath("$.changes[1].commune").value(busiest))
                .andExpect(jsonPath("$.changes[1].kind").value("depart"));
        mvc.perform(get("/api/prospective/scenarios/" + id + "/outcome").with(VIEWER)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM practitioner", Long.class)).isEqualTo(practitioners);
        assertThat(storedAplValues()).isNotEmpty().isEqualTo(stored);
        assertThat(current.of(AplVariant.ALL).supply(Profession.MG)).containsExactly(supply);

        byte[] csv = mvc.perform(get("/prospective/scenarios/" + id + "/communes.csv").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"profession\";\"code commune\"").contains("\"Médecins généralistes\";\""
                + withoutDentist + "\"").contains("Scénario : MSP et départ").contains("millésime");
        byte[] pdf = mvc.perform(get("/prospective/scenarios/" + id + "/synthese.pdf").with(VIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "prospective-scenario.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String page = new PDFTextStripper().getText(doc);
            assertThat(page).contains("MSP et départ", "Par analyst.one", "ouverture d'une maison de santé",
                    "Médecins généralistes", "Infirmiers", "Communes dont l'accès change le plus", "EPCI concernés",
                    "Méthode et sources", "millésime");
        }
        mvc.perform(get("/prospective").with(VIEWER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("MSP et départ")))
                .andExpect(content().string(containsString("/prospective/retirements")));
    }
}
