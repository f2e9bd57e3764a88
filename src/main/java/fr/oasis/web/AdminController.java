package fr.oasis.web;

import fr.oasis.importer.ImportHistory;
import fr.oasis.security.Role;
import fr.oasis.security.SecurityAudit;
import fr.oasis.security.UserAccounts;
import java.security.Principal;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages (ADMIN only, see the security configuration): accounts and audit log. */
@Controller
class AdminController {
    private final UserAccounts accounts;
    private final SecurityAudit audit;
    private final ImportHistory imports;

    AdminController(UserAccounts accounts, SecurityAudit audit, ImportHistory imports) {
        this.accounts = accounts;
        this.audit = audit;
        this.imports = imports;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
                  Principal admin, RedirectAttributes redirect) {
        return change(redirect, () -> {
            accounts.create(username, password, role);
            audit.record(admin.getName(), "USER_CREATED", username + " (" + role + ")", null);
        }, "Compte « " + username + " » créé.");
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Principal admin,
                  RedirectAttributes redirect) {
        return change(redirect, () -> {
            accounts.setEnabled(username, enabled);
            audit.record(admin.getName(), enabled ? "USER_ENABLED" : "USER_DISABLED", username, null);
        }, "Compte « " + username + " » " + (enabled ? "activé." : "désactivé."));
    }

    @PostMapping("/admin/users/{username}/role")
    String role(@PathVariable String username, @RequestParam Role role, Principal admin,
                RedirectAttributes redirect) {
        return change(redirect, () -> {
            accounts.changeRole(username, role);
            audit.record(admin.getName(), "ROLE_CHANGED", username + " -> " + role, null);
        }, "Rôle de « " + username + " » : " + role + ".");
    }

    @GetMapping("/admin/audit")
    String auditLog(Model model) {
        model.addAttribute("events", audit.latest());
        model.addAttribute("imports", imports.latest());
        return "admin-audit";
    }

    /** Runs an account change and reports its outcome on the users page (errors in French words). */
    private static String change(RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            redirect.addFlashAttribute("error", "Refusé : " + e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
