package fr.oasis.contract;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/contracts}: read by any signed-in role; created, deleted and given editors by an
 * ADMIN; changed by its editors and ADMINs (403 otherwise). A contract breaking a rule answers
 * 400 with every problem in French (see {@link ContractRules}); an unknown id 404.
 */
@RestController
@RequestMapping("/api/contracts")
class ContractApiController {
    private final ContractCatalogue contracts;

    ContractApiController(ContractCatalogue contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    List<Summary> list(Authentication user) {
        return contracts.all().stream().map(c -> new Summary(c.id(), c.name(), c.kind(), c.perimeter().name(),
                c.perimeter().level(), c.perimeter().code(), c.startYear(), c.endYear(), c.actions().size(), c.demo(), ContractCatalogue.canEdit(c, user))).toList();
    }

    @GetMapping("/{id}")
    Contract get(@PathVariable long id) {
        return contracts.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Contract create(@RequestBody Contract contract, Authentication user) {
        return contracts.create(contract, user);
    }

    @PutMapping("/{id}")
    ContractCatalogue.Change update(@PathVariable long id, @RequestBody Contract contract, Authentication user) {
        return contracts.update(id, contract, user);
    }

    @PutMapping("/{id}/editors")
    Contract editors(@PathVariable long id, @RequestBody List<String> usernames, Authentication user) {
        return contracts.setEditors(id, usernames, user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Authentication user) {
        contracts.delete(id, user);
    }

    /** Loads back the contract workbook (multipart field {@code file}); 400 with every refused cell. */
    @PostMapping("/{id}/spreadsheet")
    ContractCatalogue.Change importSpreadsheet(@PathVariable long id,
                                               @org.springframework.web.bind.annotation.RequestParam("file")
                                               org.springframework.web.multipart.MultipartFile file,
                                               Authentication user) throws java.io.IOException {
        try (java.io.InputStream in = file.getInputStream()) {
            return contracts.importWorkbook(id, in, user);
        }
    }

    /** The perimeter's figures frozen at signature beside today's, with source, millésime and evolution. */
    @GetMapping("/{id}/figures")
    ContractFigures figures(@PathVariable long id) {
        return contracts.figures(id);
    }

    /** Freezes the perimeter's figures again as the data give them now (editors and ADMINs; audited). */
    @PostMapping("/{id}/figures")
    ContractFigures freezeFigures(@PathVariable long id, Authentication user) {
        contracts.freezeFigures(id, user);
        return contracts.figures(id);
    }

    /** The audit trail of a contract, newest first, with the whole contract before and after each change. */
    @GetMapping("/{id}/changes")
    List<ContractChange> changes(@PathVariable long id) {
        contracts.get(id);
        return contracts.changes(id);
    }

    /** A line of the contract list; {@code editable} says whether the caller may change it. */
    record Summary(long id, String name, String kind, String perimeter, String perimeterLevel, String perimeterCode,
                   int startYear, int endYear, int actions,
                   boolean demo, boolean editable) {
    }
}
