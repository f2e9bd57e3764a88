package fr.oasis.outreach;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Télémédecine et aller-vers" pages: {@code /services} (the catalogue, what the optional
 * mobile-unit supply does, the last changes) read by every role, and for ANALYSTs and ADMINs the
 * forms {@code /services/{sites|units|initiatives}/new} and {@code .../{code}} (a unit with its
 * stops), posted with the CSRF token, and {@code .../{code}/delete}. A refused form comes back with
 * the values typed and every problem naming its field; a VIEWER gets a French 403 page.
 */
@Controller
class ServicePageController {
    /** Blank stop rows offered under a unit's stops (more after saving). */
    static final int BLANK_STOPS = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private final OutreachCatalogue catalogue;
    private final OutreachEditor editor;
    private final MobileSupply mobileSupply;

    ServicePageController(OutreachCatalogue catalogue, OutreachEditor editor, MobileSupply mobileSupply) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.mobileSupply = mobileSupply;
    }

    @GetMapping("/services")
    String list(Authentication user, Model model) {
        model.addAttribute("all", catalogue.all());
        model.addAttribute("editable", OutreachEditor.canEdit(user));
        model.addAttribute("siteLabels", ServiceRules.SITE_LABELS);
        model.addAttribute("unitLabels", ServiceRules.UNIT_LABELS);
        model.addAttribute("initiativeLabels", ServiceRules.INITIATIVE_LABELS);
        model.addAttribute("mobileSupply", mobileSupply);
        model.addAttribute("changes", editor.changes(10).stream().map(c -> new ChangeLine(WHEN.format(c.at()),
                c.username(), c.summary())).toList());
        return "services";
    }

    @GetMapping("/services/{kind:sites|units|initiatives}/new")
    String create(@PathVariable String kind, Authentication user, Model model) {
        requireEditor(user);
        return form(ServiceApiController.kinds(kind), null, Map.of(), List.of(), List.of(), model);
    }

    @GetMapping("/services/{kind:sites|units|initiatives}/{code}")
    String edit(@PathVariable String kind, @PathVariable String code, Authentication user, Model model) {
        requireEditor(user);
        ServiceRow.Kind k = ServiceApiController.kinds(kind);
        Object item = editor.find(k, code).orElseThrow(() -> new NoSuchElementException("aucun(e) "
                + OutreachEditor.label(k) + " de code « " + code + " »"));
        List<Map<String, String>> stops = item instanceof Outreach.MobileUnit u
                ? u.stops().stream().map(s -> ServiceForms.fields(code, s)).toList() : List.of();
        Map<String, String> fields = item instanceof Outreach.TeleconsultationSite s ? ServiceForms.fields(s)
                : item instanceof Outreach.MobileUnit u ? ServiceForms.fields(u)
                : ServiceForms.fields((Outreach.Initiative) item);
        return form(k, code, fields, stops, List.of(), model);
    }

    @PostMapping("/services/{kind:sites|units|initiatives}")
    String saveNew(@PathVariable String kind, HttpServletRequest request, HttpServletResponse response,
                   Authentication user, Model model, RedirectAttributes redirect) {
        return save(ServiceApiController.kinds(kind), null, request, response, user, model, redirect);
    }

    @PostMapping("/services/{kind:sites|units|initiatives}/{code}")
    String saveExisting(@PathVariable String kind, @PathVariable String code, HttpServletRequest request,
                        HttpServletResponse response, Authentication user, Model model, RedirectAttributes redirect) {
        return save(ServiceApiController.kinds(kind), code, request, response, user, model, redirect);
    }

    @PostMapping("/services/{kind:sites|units|initiatives}/{code}/delete")
    String delete(@PathVariable String kind, @PathVariable String code, Authentication user,
                  RedirectAttributes redirect) {
        ServiceRow.Kind k = ServiceApiController.kinds(kind);
        editor.delete(k, code, user);
        redirect.addFlashAttribute("saved", OutreachEditor.label(k) + " « " + code + " » supprimé(e).");
        return "redirect:/services";
    }

    private String save(ServiceRow.Kind kind, String code, HttpServletRequest request, HttpServletResponse response,
                        Authentication user, Model model, RedirectAttributes redirect) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : kind.columns()) {
            String v = request.getParameter(column);
            fields.put(column, v == null ? "" : v);
        }
        List<Map<String, String>> stops = kind == ServiceRow.Kind.UNIT ? stops(request) : List.of();
        try {
            Object saved = editor.save(kind, code, fields, stops, user);
            redirect.addFlashAttribute("saved", OutreachEditor.label(kind) + " « " + OutreachEditor.codeOf(saved)
                    + " » enregistré(e).");
            return "redirect:/services";
        } catch (InvalidServicesException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(kind, code, fields, stops, e.problems(), model);
        }
    }

    /** The stop rows of a unit form: parallel fields {@code arret_commune}, {@code arret_lieu}… */
    private static List<Map<String, String>> stops(HttpServletRequest request) {
        List<String> columns = List.of("commune", "lieu", "demi_journees_par_mois", "horaires");
        String[] communes = request.getParameterValues("arret_commune");
        List<Map<String, String>> stops = new ArrayList<>();
        for (int i = 0; communes != null && i < communes.length && i < 200; i++) {
            Map<String, String> stop = new LinkedHashMap<>();
            for (String c : columns) {
                String[] values = request.getParameterValues("arret_" + c);
                stop.put(c, values != null && i < values.length ? values[i] : "");
            }
            stops.add(stop);
        }
        return stops;
    }

    private String form(ServiceRow.Kind kind, String code, Map<String, String> fields,
                        List<Map<String, String>> stops, List<String> problems, Model model) {
        List<Map<String, String>> rows = new ArrayList<>(stops);
        for (int i = 0; i < BLANK_STOPS; i++) {
            rows.add(Map.of());
        }
        model.addAttribute("kind", kind);
        model.addAttribute("path", switch (kind) {
            case SITE -> "sites";
            case UNIT -> "units";
            default -> "initiatives";
        });
        model.addAttribute("label", OutreachEditor.label(kind));
        model.addAttribute("code", code);
        model.addAttribute("f", fields);
        model.addAttribute("stops", rows);
        model.addAttribute("kinds", ServiceRules.kindLabels(kind));
        model.addAttribute("problems", problems);
        model.addAttribute("communes", catalogue.communes().names().size() <= 3000
                ? new java.util.TreeMap<>(catalogue.communes().names()) : Map.of());
        return "service-form";
    }

    private static void requireEditor(Authentication user) {
        if (!OutreachEditor.canEdit(user)) {
            throw new AccessDeniedException("Seuls les analystes et les administrateurs modifient les services ; "
                    + "votre rôle permet la lecture seule.");
        }
    }

    /** A line of the page's change history (Paris time). */
    record ChangeLine(String at, String username, String summary) {
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AccessDeniedException e, Model model) {
        return error(403, e.getMessage(), model);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchElementException e, Model model) {
        return error(404, e.getMessage(), model);
    }

    private static String error(int status, String message, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "service-error";
    }
}
