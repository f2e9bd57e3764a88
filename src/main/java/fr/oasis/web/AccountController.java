package fr.oasis.web;

import fr.oasis.security.ApiTokens;
import fr.oasis.security.Role;
import java.security.Principal;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own page ({@code /account}, any role, linked from the header): personal
 * API tokens, created (the value shown once), listed and revoked.
 */
@Controller
class AccountController {
    private final ApiTokens tokens;

    AccountController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Authentication user, Model model) {
        Role role = Arrays.stream(Role.values())
                .filter(r -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + r.name())))
                .findFirst().orElse(Role.VIEWER);
        model.addAttribute("username", user.getName());
        model.addAttribute("role", role);
        // A token may have the account's role or a lesser one.
        model.addAttribute("scopes", Arrays.stream(Role.values()).filter(r -> r.ordinal() >= role.ordinal()).toList());
        model.addAttribute("tokens", tokens.list(user.getName()));
        return "account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, @RequestParam Role role, @RequestParam(defaultValue = "90") int days,
                  Principal user, RedirectAttributes redirect) {
        try {
            ApiTokens.Created created = tokens.create(user.getName(), name, role, days);
            redirect.addFlashAttribute("created", created);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Refusé : " + e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        try {
            tokens.revoke(user.getName(), id);
            redirect.addFlashAttribute("message", "Jeton révoqué : il ne donne plus accès à Oasis.");
        } catch (NoSuchElementException e) {
            redirect.addFlashAttribute("error", "Refusé : " + e.getMessage());
        }
        return "redirect:/account";
    }
}
