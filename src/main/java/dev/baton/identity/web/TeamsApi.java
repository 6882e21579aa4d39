package dev.baton.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import dev.baton.identity.Team;
import dev.baton.identity.internal.TeamDirectory;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "Named groups of users")
class TeamsApi {

    record TeamRequest(@NotBlank String name, String description, List<UUID> members) {
        TeamDirectory.TeamSpec spec() {
            return new TeamDirectory.TeamSpec(name, description, members);
        }
    }

    private final TeamDirectory teams;

    TeamsApi(TeamDirectory teams) {
        this.teams = teams;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity.read')")
    CursorPage<Team> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return teams.list(cursor, CursorPage.limit(limit));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.read')")
    ResponseEntity<Team> get(@PathVariable UUID id) {
        Team team = teams.get(id);
        return Versions.ok(team, team.version());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('identity.manage')")
    ResponseEntity<Team> create(@Valid @RequestBody TeamRequest request) {
        Team team = teams.create(request.spec());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).eTag(Versions.etag(team.version())).body(team);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.manage')")
    ResponseEntity<Team> update(@PathVariable UUID id, @Valid @RequestBody TeamRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Team team = teams.update(id, request.spec(), Versions.expected(ifMatch));
        return Versions.ok(team, team.version());
    }
}
