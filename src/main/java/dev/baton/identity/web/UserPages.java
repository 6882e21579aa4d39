package dev.baton.identity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.identity.User;
import dev.baton.identity.internal.RoleDirectory;
import dev.baton.identity.internal.UserDirectory;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

@Controller
class UserPages {

    private final UserDirectory users;
    private final RoleDirectory roles;

    UserPages(UserDirectory users, RoleDirectory roles) {
        this.users = users;
        this.roles = roles;
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('identity.read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Model model,
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("page", users.list(q, cursor, CursorPage.DEFAULT_LIMIT));
        model.addAttribute("q", q);
        model.addAttribute("roles", roles.all());
        return htmx != null ? "identity/users :: rows" : "identity/users";
    }

    @PostMapping("/users")
    @PreAuthorize("hasAuthority('identity.manage')")
    String create(@RequestParam String email, @RequestParam String displayName, @RequestParam String password,
            @RequestParam(required = false) List<String> roleKeys, Model model) {
        try {
            User user = users.create(new UserDirectory.NewUser(email, displayName, password, roleKeys));
            return "redirect:/users/" + user.id() + "?created";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("problems", List.of(new FieldProblem("email", email, e.getMessage())));
        }
        model.addAttribute("page", users.list(null, null, CursorPage.DEFAULT_LIMIT));
        model.addAttribute("roles", roles.all());
        model.addAttribute("draft", new UserDirectory.NewUser(email, displayName, "", roleKeys));
        return "identity/users";
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAuthority('identity.read')")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("roles", roles.all());
        return "identity/user";
    }

    @PostMapping("/users/{id}")
    @PreAuthorize("hasAuthority('identity.manage')")
    String update(@PathVariable UUID id, @RequestParam String displayName, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) List<String> roleKeys, @RequestParam long version, Model model) {
        try {
            users.update(id, new UserDirectory.UserChange(displayName, enabled, roleKeys == null ? List.of() : roleKeys), version);
            return "redirect:/users/" + id + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (dev.baton.platform.api.StaleVersionException e) {
            model.addAttribute("problems", List.of(new FieldProblem("user", null, e.getMessage())));
        }
        model.addAttribute("user", users.get(id));
        model.addAttribute("roles", roles.all());
        return "identity/user";
    }
}
