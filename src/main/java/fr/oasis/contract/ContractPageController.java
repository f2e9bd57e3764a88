package fr.oasis.contract;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The contract pages: {@code /contracts} (list), {@code /contracts/{id}} (dashboard: actions by
 * axis and status, indicators against targets, what changed since the year before, the
 * observatory's figures of the perimeter), {@code /contracts/{id}/actions/{code}} (action sheet)
 * and {@code /contracts/{id}/bilan/{year}} (yearly assessment, also {@code .pdf} and {@code .xlsx}).
 * Any signed-in role reads; unknown contracts are 404, years outside the period 400.
 */
@Controller
class ContractPageController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ContractCatalogue contracts;

    ContractPageController(ContractCatalogue contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/contracts")
    String list(Model model) {
        model.addAttribute("contracts", contracts.all());
        return "contracts";
    }

    @GetMapping("/contracts/{id}")
    String dashboard(@PathVariable long id, @RequestParam(required = false) Integer year, Authentication user,
                     Model model) {
        Contract c = contracts.get(id);
        Bilan bilan = Bilan.of(c, year == null ? Bilan.latestYear(c) : year);
        model.addAttribute("c", c);
        model.addAttribute("b", bilan);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("context", contracts.figures(c));
        model.addAttribute("editable", ContractCatalogue.canEdit(c, user));
        model.addAttribute("perimeterLevel", perimeterLevel(c.perimeter()));
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Paris"));
        model.addAttribute("changes", contracts.changes(id).stream().limit(10).map(ch -> new ChangeLine(
                when.format(ch.at()), ch.username(), ch.summary())).toList());
        return "contract";
    }

    @GetMapping("/contracts/{id}/actions/{code}")
    String action(@PathVariable long id, @PathVariable String code, Model model) {
        Contract c = contracts.get(id);
        Contract.Action action = c.action(code).orElseThrow(() -> new NoSuchElementException("aucune action « "
                + code + " » dans ce contrat"));
        model.addAttribute("c", c);
        model.addAttribute("a", action);
        model.addAttribute("axis", c.axis(action.axis()).orElseThrow());
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(c.startYear(), c.endYear()).boxed().toList());
        return "contract-action";
    }

    @GetMapping("/contracts/{id}/bilan/{year}")
    String bilan(@PathVariable long id, @PathVariable int year, Model model) {
        Contract c = contracts.get(id);
        model.addAttribute("c", c);
        model.addAttribute("b", Bilan.of(c, year));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("context", contracts.figures(c));
        return "contract-bilan";
    }

    @GetMapping("/contracts/{id}/bilan/{year}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> bilanPdf(@PathVariable long id, @PathVariable int year) {
        Contract c = contracts.get(id);
        return file(BilanPdf.render(Bilan.of(c, year), contracts.figures(c)), MediaType.APPLICATION_PDF,
                "bilan-" + year + "-contrat-" + id + ".pdf");
    }

    @GetMapping("/contracts/{id}/bilan/{year}.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> bilanXlsx(@PathVariable long id, @PathVariable int year) {
        Contract c = contracts.get(id);
        return file(BilanWorkbook.render(Bilan.of(c, year), contracts.figures(c)), XLSX,
                "bilan-" + year + "-contrat-" + id + ".xlsx");
    }

    @GetMapping("/contracts/{id}/classeur.xlsx")
    @ResponseBody
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        return file(contracts.workbook(id), XLSX, "contrat-" + id + ".xlsx");
    }

    /** "Figer les chiffres actuels": editors and ADMINs freeze the perimeter's figures again (audited). */
    @org.springframework.web.bind.annotation.PostMapping("/contracts/{id}/figures")
    String freezeFigures(@PathVariable long id, Authentication user) {
        contracts.freezeFigures(id, user);
        return "redirect:/contracts/" + id + "#territory-context";
    }

    /** The perimeter's level in French ("Contrat local de santé"), or "Liste de communes". */
    static String perimeterLevel(Contract.Perimeter p) {
        if (!p.isTerritory()) {
            return "Liste de communes";
        }
        try {
            return fr.oasis.territory.TerritoryLevel.fromKey(p.level()).label();
        } catch (IllegalArgumentException e) {
            return p.level();
        }
    }

    /** Loads a filled workbook back and shows what changed, or every refused cell (nothing stored then). */
    @org.springframework.web.bind.annotation.PostMapping("/contracts/{id}/classeur")
    String importWorkbook(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                          Authentication user, Model model) throws java.io.IOException {
        Contract c = contracts.get(id);
        model.addAttribute("c", c);
        try (java.io.InputStream in = file.getInputStream()) {
            model.addAttribute("lines", contracts.importWorkbook(id, in, user).lines());
            model.addAttribute("refused", List.of());
        } catch (InvalidContractException e) {
            model.addAttribute("lines", List.of());
            model.addAttribute("refused", e.problems());
        }
        return "contract-import";
    }

    /** A line of the page's change history (Paris time). */
    record ChangeLine(String at, String username, String summary) {
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchElementException e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("message", e.getMessage());
        return "contract-error";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(IllegalArgumentException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("message", e.getMessage());
        return "contract-error";
    }
}
