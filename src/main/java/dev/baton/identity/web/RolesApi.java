package dev.baton.identity.web;

import java.net.URI;
import java.util.List;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import dev.baton.identity.Permission;
import dev.baton.identity.Role;
import dev.baton.identity.internal.RoleDirectory;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roles", description = "The roles (\"hats\") of the org chart and the permissions they grant")
class RolesApi {

    /** A role as written by a caller; key is made from the name when left out. */
    record RoleRequest(String key, @NotBlank String name, String description, String kind, List<String> permissions,
            String reportsTo) {
        RoleDirectory.RoleSpec spec() {
            return new RoleDirectory.RoleSpec(key, name, description, kind, permissions, reportsTo);
        }
    }

    record PermissionInfo(String code, String description) {
    }

    private final RoleDirectory roles;

    RolesApi(RoleDirectory roles) {
        this.roles = roles;
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('identity.read')")
    @Operation(summary = "List roles by key")
    CursorPage<Role> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return roles.list(cursor, CursorPage.limit(limit));
    }

    @GetMapping("/roles/{key}")
    @PreAuthorize("hasAuthority('identity.read')")
    ResponseEntity<Role> get(@PathVariable String key) {
        Role role = roles.get(key);
        return Versions.ok(role, role.version());
    }

    @PostMapping("/roles")
    @PreAuthorize("hasAuthority('identity.manage')")
    @Operation(summary = "Create a role; kind is internal (default), external or persona")
    ResponseEntity<Role> create(@Valid @RequestBody RoleRequest request) {
        Role role = roles.create(request.spec());
        return ResponseEntity.created(URI.create("/api/v1/roles/" + role.key())).eTag(Versions.etag(role.version())).body(role);
    }

    @PutMapping("/roles/{key}")
    @PreAuthorize("hasAuthority('identity.manage')")
    @Operation(summary = "Replace a role's name, description, kind, permissions and reporting line (the key stays)")
    ResponseEntity<Role> update(@PathVariable String key, @Valid @RequestBody RoleRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Role role = roles.update(key, request.spec(), Versions.expected(ifMatch));
        return Versions.ok(role, role.version());
    }

    @GetMapping("/permissions")
    @Operation(summary = "Every permission a role can grant")
    List<PermissionInfo> permissions() {
        return java.util.Arrays.stream(Permission.values()).map(p -> new PermissionInfo(p.code(), p.description())).toList();
    }
}
