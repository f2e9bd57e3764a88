package fr.oasis.grouping;

import fr.oasis.territory.GroupingQueries;
import fr.oasis.territory.GroupingRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groupings as JSON: {@code GET /api/groupings?type=cpts} lists them with their communes,
 * {@code GET /api/groupings/{type}/{code}} gives one; {@code POST /api/groupings} creates,
 * {@code PUT /api/groupings/{type}/{code}} replaces (rename, new code, new communes) and
 * {@code DELETE /api/groupings/{type}/{code}} deletes, for ANALYST and ADMIN only (SecurityConfig;
 * a VIEWER gets 403). Refusals are 400 with one French sentence per problem.
 */
@RestController
class GroupingApiController {
    private final GroupingQueries groupings;
    private final GroupingEditor editor;

    GroupingApiController(GroupingQueries groupings, GroupingEditor editor) {
        this.groupings = groupings;
        this.editor = editor;
    }

    @GetMapping("/api/groupings")
    List<GroupingRecord> list(@RequestParam(defaultValue = "cpts") String type) {
        return groupings.ofType(GroupingEditor.type(type));
    }

    @GetMapping("/api/groupings/{type}/{code}")
    GroupingRecord one(@PathVariable String type, @PathVariable String code) {
        return groupings.find(GroupingEditor.type(type), code).orElseThrow(() ->
                new NoSuchElementException("Aucun regroupement " + type + " de code " + code + "."));
    }

    @PostMapping("/api/groupings")
    @ResponseStatus(HttpStatus.CREATED)
    GroupingRecord create(@RequestBody GroupingEditor.Request request, Principal user, HttpServletRequest http) {
        return editor.save(request, null, user.getName(), http.getRemoteAddr());
    }

    @PutMapping("/api/groupings/{type}/{code}")
    GroupingRecord update(@PathVariable String type, @PathVariable String code,
                          @RequestBody GroupingEditor.Request request, Principal user, HttpServletRequest http) {
        if (!GroupingEditor.type(type).equals(GroupingEditor.type(request.type()))) {
            throw new IllegalArgumentException("Le type d'un regroupement ne change pas : créez-en un autre.");
        }
        return editor.save(request, code, user.getName(), http.getRemoteAddr());
    }

    @DeleteMapping("/api/groupings/{type}/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String type, @PathVariable String code, Principal user, HttpServletRequest http) {
        editor.delete(type, code, user.getName(), http.getRemoteAddr());
    }
}
