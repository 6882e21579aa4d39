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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.baton.identity.User;
import dev.baton.identity.internal.UserDirectory;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People who sign in to Baton and the roles they wear")
class UsersApi {

    record NewUserRequest(@NotBlank String email, @NotBlank String displayName, @NotBlank String password, List<String> roles) {
    }

    record UserUpdate(@NotBlank String displayName, @NotNull Boolean enabled, @NotNull List<String> roles) {
    }

    record PasswordChange(@NotBlank String password) {
    }

    private final UserDirectory users;

    UsersApi(UserDirectory users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity.read')")
    @Operation(summary = "List users in creation order; q filters by name or email")
    CursorPage<User> list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return users.list(q, cursor, CursorPage.limit(limit));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.read')")
    ResponseEntity<User> get(@PathVariable UUID id) {
        User user = users.get(id);
        return Versions.ok(user, user.version());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('identity.manage')")
    @Operation(summary = "Create a user; 409 if the email is taken, 400 for a weak password or an unknown role")
    ResponseEntity<User> create(@Valid @RequestBody NewUserRequest request) {
        User user = users.create(new UserDirectory.NewUser(request.email(), request.displayName(), request.password(),
                request.roles()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).eTag(Versions.etag(user.version())).body(user);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('identity.manage')")
    @Operation(summary = "Replace a user's name, enabled flag and roles; send If-Match with the ETag you read")
    ResponseEntity<User> update(@PathVariable UUID id, @Valid @RequestBody UserUpdate request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        User user = users.update(id, new UserDirectory.UserChange(request.displayName(), request.enabled(), request.roles()),
                Versions.expected(ifMatch));
        return Versions.ok(user, user.version());
    }

    @PutMapping("/{id}/password")
    @PreAuthorize("hasAuthority('identity.manage')")
    ResponseEntity<Void> password(@PathVariable UUID id, @Valid @RequestBody PasswordChange request) {
        users.changePassword(id, request.password());
        return ResponseEntity.noContent().build();
    }
}
