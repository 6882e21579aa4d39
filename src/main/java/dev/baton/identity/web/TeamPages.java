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

import dev.baton.identity.Team;
import dev.baton.identity.internal.TeamDirectory;
import dev.baton.identity.internal.UserDirectory;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.StaleVersionException;

@Controller
class TeamPages {

    private final TeamDirectory teams;
    private final UserDirectory users;

    TeamPages(TeamDirectory teams, UserDirectory users) {
        this.teams = teams;
        this.users = users;
    }

    @GetMapping("/teams")
    @PreAuthorize("hasAuthority('identity.read')")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", teams.list(cursor, CursorPage.DEFAULT_LIMIT));
        model.addAttribute("people", users.list(null, null, CursorPage.MAX_LIMIT).items());
        return "identity/teams";
    }

    @PostMapping("/teams")
    @PreAuthorize("hasAuthority('identity.manage')")
    String create(@RequestParam String name, @RequestParam(required = false) String description,
            @RequestParam(required = false) List<UUID> members, Model model) {
        try {
            Team team = teams.create(new TeamDirectory.TeamSpec(name, description, members));
            return "redirect:/teams/" + team.id() + "?created";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("problems", List.of(new FieldProblem("name", name, e.getMessage())));
        }
        return list(null, model);
    }

    @GetMapping("/teams/{id}")
    @PreAuthorize("hasAuthority('identity.read')")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("team", teams.get(id));
        model.addAttribute("people", users.list(null, null, CursorPage.MAX_LIMIT).items());
        return "identity/team";
    }

    @PostMapping("/teams/{id}")
    @PreAuthorize("hasAuthority('identity.manage')")
    String update(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) String description,
            @RequestParam(required = false) List<UUID> members, @RequestParam long version, Model model) {
        try {
            teams.update(id, new TeamDirectory.TeamSpec(name, description, members), version);
            return "redirect:/teams/" + id + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (ConflictException | StaleVersionException e) {
            model.addAttribute("problems", List.of(new FieldProblem("team", null, e.getMessage())));
        }
        return show(id, model);
    }
}
