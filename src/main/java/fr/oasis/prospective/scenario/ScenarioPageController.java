package fr.oasis.prospective.scenario;

import fr.oasis.practitioner.Profession;
import fr.oasis.territory.Communes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The scenario page: {@code /prospective/scenarios/new} (ANALYST, ADMIN) starts from the current
 * situation; {@code /prospective/scenarios/{id}} reopens a saved one (every role; read-only for
 * whoever may not edit it); {@code .../communes.csv} and {@code .../synthese.pdf} export it. The
 * page is a shell: the browser draws maps and tables from {@code /api/prospective/scenarios}.
 */
@Controller
class ScenarioPageController {
    private final ScenarioCatalogue catalogue;
    private final Communes communes;

    ScenarioPageController(ScenarioCatalogue catalogue, Communes communes) {
        this.catalogue = catalogue;
        this.communes = communes;
    }

    /** A profession as the page's select lists it. */
    record ProfessionOption(String key, String label) {
    }

    @GetMapping("/prospective/scenarios/new")
    String create(Model model, Authentication user) {
        ScenarioCatalogue.requireBuilder(user);
        return page(model, null, true);
    }

    @GetMapping("/prospective/scenarios/{id}")
    String open(@PathVariable long id, Model model, Authentication user) {
        SavedScenario s = catalogue.get(id);
        return page(model, s, catalogue.editable(s, user) && ScenarioCatalogue.canBuild(user));
    }

    @GetMapping("/prospective/scenarios/{id}/communes.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        SavedScenario s = catalogue.get(id);
        byte[] body = ScenarioCsv.write(s, catalogue.outcome(s));
        return file(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "scenario-" + id + "-communes.csv");
    }

    @GetMapping("/prospective/scenarios/{id}/synthese.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        SavedScenario s = catalogue.get(id);
        byte[] body = ScenarioPdf.render(s, catalogue.outcome(s), communes.table().byCode());
        return file(body, MediaType.APPLICATION_PDF, "scenario-" + id + "-synthese.pdf");
    }

    private String page(Model model, SavedScenario saved, boolean editable) {
        List<ProfessionOption> professions = Arrays.stream(Profession.values())
                .map(p -> new ProfessionOption(p.key(), p.pluralLabel())).toList();
        model.addAttribute("professions", professions);
        model.addAttribute("scenario", saved);
        model.addAttribute("editable", editable);
        return "prospective-scenario";
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchElementException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "prospective-error";
    }
}
