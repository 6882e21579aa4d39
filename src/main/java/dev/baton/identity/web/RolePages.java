package dev.baton.identity.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.identity.Permission;
import dev.baton.identity.Role;
import dev.baton.identity.internal.RoleDirectory;
import dev.baton.identity.internal.UserDirectory;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.StaleVersionException;

@Controller
class RolePages {

    private final RoleDirectory roles;
    private final UserDirectory users;

    RolePages(RoleDirectory roles, UserDirectory users) {
        this.roles = roles;
        this.users = users;
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('identity.read')")
    String list(Model model) {
        return listPage(model, null);
    }

    @PostMapping("/roles")
    @PreAuthorize("hasAuthority('identity.manage')")
    String create(@RequestParam String name, @RequestParam(required = false) String description,
            @RequestParam(defaultValue = "internal") String kind, @RequestParam(required = false) String reportsTo,
            @RequestParam(required = false) List<String> permissionCodes, Model model) {
        try {
            Role role = roles.create(new RoleDirectory.RoleSpec(null, name, description, kind, permissionCodes, reportsTo));
            return "redirect:/roles/" + role.key() + "?created";
        } catch (InvalidInputException e) {
            return listPage(model, e.problems());
        } catch (ConflictException e) {
            return listPage(model, List.of(new FieldProblem("name", name, e.getMessage())));
        }
    }

    @GetMapping("/roles/{key}")
    @PreAuthorize("hasAuthority('identity.read')")
    String show(@PathVariable String key, Model model) {
        return rolePage(roles.get(key), model, null);
    }

    @PostMapping("/roles/{key}")
    @PreAuthorize("hasAuthority('identity.manage')")
    String update(@PathVariable String key, @RequestParam String name, @RequestParam(required = false) String description,
            @RequestParam(defaultValue = "internal") String kind, @RequestParam(required = false) String reportsTo,
            @RequestParam(required = false) List<String> permissionCodes, @RequestParam long version, Model model) {
        try {
            roles.update(key, new RoleDirectory.RoleSpec(key, name, description, kind, permissionCodes, reportsTo), version);
            return "redirect:/roles/" + key + "?saved";
        } catch (InvalidInputException e) {
            return rolePage(roles.get(key), model, e.problems());
        } catch (ConflictException | StaleVersionException e) {
            return rolePage(roles.get(key), model, List.of(new FieldProblem("role", null, e.getMessage())));
        }
    }

    private String listPage(Model model, List<FieldProblem> problems) {
        model.addAttribute("roles", roles.all());
        model.addAttribute("allPermissions", Permission.values());
        model.addAttribute("problems", problems);
        return "identity/roles";
    }

    private String rolePage(Role role, Model model, List<FieldProblem> problems) {
        model.addAttribute("role", role);
        model.addAttribute("roles", roles.all());
        model.addAttribute("wearers", users.wearing(role.key()));
        model.addAttribute("allPermissions", Permission.values());
        model.addAttribute("problems", problems);
        return "identity/role";
    }
}
