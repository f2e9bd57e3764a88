package fr.oasis.prospective.evolution;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.practitioner.Profession;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/prospective/evolution}: the APL of two practitioner vintages compared under one
 * travel model, as JSON or CSV. Reading only, so every logged-in role (VIEWER included).
 * Errors (French messages) go through the one API error handler: 400 for a refused comparison
 * or a bad parameter, 404 for an unknown vintage or a missing APL.
 */
@RestController
class EvolutionApiController {
    private final EvolutionService evolution;

    EvolutionApiController(EvolutionService evolution) {
        this.evolution = evolution;
    }

    @GetMapping("/api/prospective/evolution/vintages")
    List<EvolutionView.Vintage> vintages() {
        return evolution.vintages();
    }

    @GetMapping("/api/prospective/evolution")
    EvolutionView.Comparison compare(@RequestParam(defaultValue = "MG") String profession,
                                     @RequestParam(defaultValue = "all") String variant,
                                     @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                                     @RequestParam(defaultValue = "false") boolean recompute) {
        return evolution.compare(profession(profession), variant(variant), from, to, recompute);
    }

    @GetMapping("/api/prospective/evolution.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "MG") String profession,
                               @RequestParam(defaultValue = "all") String variant,
                               @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                               @RequestParam(defaultValue = "false") boolean recompute) {
        EvolutionView.Comparison c = evolution.compare(profession(profession), variant(variant), from, to, recompute);
        String name = "evolution-apl-" + c.profession() + "-" + c.from().millesime() + "-" + c.to().millesime() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(EvolutionCsv.write(c));
    }

    static Profession profession(String key) {
        try {
            return Profession.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Profession inconnue : « " + shorten(key) + " ».", e);
        }
    }

    static AplVariant variant(String key) {
        try {
            return AplVariant.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Variante d'APL inconnue : « " + shorten(key)
                    + " » (attendu : all, under-65 ou under-62).", e);
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
