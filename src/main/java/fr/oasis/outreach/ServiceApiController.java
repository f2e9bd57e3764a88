package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/services}: the catalogue of services beyond practices as JSON, and
 * {@code /api/services/layer} as GeoJSON points for the map: teleconsultation sites at their own
 * coordinates, mobile-unit stops and initiatives at the reference point of their commune (the
 * files give no address point). Any signed-in role reads. ANALYSTs and ADMINs create, change and
 * delete one item at a time ({@code POST /api/services/{sites|units|initiatives}},
 * {@code PUT} and {@code DELETE .../{code}}; bodies as {@code GET} gives them, a unit with its
 * stops): 400 with every problem in French naming the field, 403 in French for a VIEWER, 404 for
 * an unknown code; every change audited ({@code GET /api/services/changes}).
 */
@RestController
@RequestMapping("/api/services")
class ServiceApiController {
    private final OutreachCatalogue catalogue;
    private final TerritoryQueries territories;

    private final OutreachEditor editor;

    ServiceApiController(OutreachCatalogue catalogue, TerritoryQueries territories, OutreachEditor editor) {
        this.catalogue = catalogue;
        this.territories = territories;
        this.editor = editor;
    }

    @PostMapping("/sites")
    @ResponseStatus(HttpStatus.CREATED)
    Object createSite(@RequestBody ServiceBodies.Site site, Authentication user) {
        return editor.save(ServiceRow.Kind.SITE, null, site.fields(), null, user);
    }

    @PutMapping("/sites/{code}")
    Object updateSite(@PathVariable String code, @RequestBody ServiceBodies.Site site, Authentication user) {
        return editor.save(ServiceRow.Kind.SITE, code, site.fields(), null, user);
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    Object createUnit(@RequestBody ServiceBodies.Unit unit, Authentication user) {
        return editor.save(ServiceRow.Kind.UNIT, null, unit.fields(), unit.stopFields(), user);
    }

    @PutMapping("/units/{code}")
    Object updateUnit(@PathVariable String code, @RequestBody ServiceBodies.Unit unit, Authentication user) {
        return editor.save(ServiceRow.Kind.UNIT, code, unit.fields(), unit.stopFields(), user);
    }

    @PostMapping("/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    Object createInitiative(@RequestBody ServiceBodies.Initiative initiative, Authentication user) {
        return editor.save(ServiceRow.Kind.INITIATIVE, null, initiative.fields(), null, user);
    }

    @PutMapping("/initiatives/{code}")
    Object updateInitiative(@PathVariable String code, @RequestBody ServiceBodies.Initiative initiative,
                            Authentication user) {
        return editor.save(ServiceRow.Kind.INITIATIVE, code, initiative.fields(), null, user);
    }

    /** {@code kind} is {@code sites}, {@code units} or {@code initiatives}. */
    @DeleteMapping("/{kind:sites|units|initiatives}/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String kind, @PathVariable String code, Authentication user) {
        editor.delete(kinds(kind), code, user);
    }

    /** The audited changes made in the portal and the API, newest first (at most 200). */
    @GetMapping("/changes")
    List<OutreachChange> changes() {
        return editor.changes(200);
    }

    /**
     * Every problem of a refused change, not only the first, in the shape of every API error
     * ({@code web.ApiError}: code, message, problems; not referenced, as web knows the importer,
     * which knows this package).
     */
    @ExceptionHandler(InvalidServicesException.class)
    ResponseEntity<Refused> invalid(InvalidServicesException e) {
        return ResponseEntity.badRequest().body(new Refused("bad_request", e.getMessage(), e.problems()));
    }

    /** A refused change: {@code bad_request}, the first problem and the count, every problem. */
    record Refused(String code, String message, List<String> problems) {
    }

    static ServiceRow.Kind kinds(String path) {
        return switch (path) {
            case "sites" -> ServiceRow.Kind.SITE;
            case "units" -> ServiceRow.Kind.UNIT;
            case "initiatives" -> ServiceRow.Kind.INITIATIVE;
            default -> throw new java.util.NoSuchElementException("aucun type de service « " + path + " »");
        };
    }


    @GetMapping
    Outreach.Catalogue all() {
        return catalogue.all();
    }

    @GetMapping("/layer")
    Map<String, Object> layer() {
        Outreach.Catalogue c = catalogue.all();
        Map<String, TerritoryView.CommunePoint> points = territories.communePoints().stream()
                .collect(Collectors.toMap(TerritoryView.CommunePoint::code, Function.identity(), (a, b) -> a));
        List<Map<String, Object>> features = new ArrayList<>();
        for (TeleconsultationSite s : c.sites()) {
            features.add(feature(s.lon(), s.lat(), props("teleconsultation", s.code(), s.name(), s.kind(), s.commune(),
                    points, s.source(), s.demo(), "horaires", s.hours(), "professions", s.professions(),
                    "gestionnaire", s.operator())));
        }
        for (MobileUnit u : c.units()) {
            for (Stop stop : u.stops()) {
                TerritoryView.CommunePoint p = points.get(stop.commune());
                if (p != null) {
                    features.add(feature(p.lon(), p.lat(), props("mobile-stop", u.code(), u.name(), u.kind(),
                            stop.commune(), points, u.source(), u.demo(), "lieu", stop.place(), "horaires",
                            stop.schedule(), "demiJourneesParMois", stop.halfDaysPerMonth(), "operateur", u.operator())));
                }
            }
        }
        for (Initiative i : c.initiatives()) {
            TerritoryView.CommunePoint p = points.get(i.commune());
            if (p != null) {
                features.add(feature(p.lon(), p.lat(), props("initiative", i.code(), i.title(), i.kind(), i.commune(),
                        points, i.source(), i.demo(), "date", i.date().toString(), "lieu", i.place(),
                        "publicTouche", i.publicReached())));
            }
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> feature(double lon, double lat, Map<String, Object> properties) {
        return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)),
                "properties", properties);
    }

    private static Map<String, Object> props(String category, String code, String name, String type, String commune,
                                             Map<String, TerritoryView.CommunePoint> points, String source,
                                             boolean demo, Object... more) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("category", category);
        p.put("code", code);
        p.put("name", name);
        p.put("type", type);
        p.put("commune", commune);
        TerritoryView.CommunePoint point = points.get(commune);
        p.put("communeName", point == null ? null : point.name());
        p.put("source", source);
        p.put("demo", demo);
        for (int k = 0; k + 1 < more.length; k += 2) {
            p.put((String) more[k], more[k + 1]);
        }
        return p;
    }
}
