package dev.baton.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import dev.baton.identity.Permission;
import dev.baton.identity.User;
import dev.baton.identity.internal.ApiTokens;
import dev.baton.identity.internal.UserDirectory;
import dev.baton.platform.api.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "API tokens", description = "Bearer tokens acting as their user")
class TokensApi {

    record TokenRequest(@NotBlank String name) {
    }

    private final ApiTokens tokens;
    private final UserDirectory users;

    TokensApi(ApiTokens tokens, UserDirectory users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/me")
    @Operation(summary = "The user the token belongs to, with the permissions it holds")
    Me me(Authentication auth) {
        User user = current(auth);
        return new Me(user, auth.getAuthorities().stream().map(a -> a.getAuthority()).sorted().toList());
    }

    record Me(User user, List<String> permissions) {
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (never their secrets)")
    List<ApiTokens.TokenInfo> mine(Authentication auth) {
        return tokens.of(current(auth).id());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create an API token for me; the secret is in this response only")
    ResponseEntity<ApiTokens.IssuedToken> create(@Valid @RequestBody TokenRequest request, Authentication auth) {
        ApiTokens.IssuedToken token = tokens.issue(current(auth).id(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke a token: my own, or anyone's with identity.manage")
    ResponseEntity<Void> revoke(@PathVariable UUID id, Authentication auth) {
        UUID owner = tokens.ownerOf(id).orElseThrow(() -> new NotFoundException("API token", id));
        boolean manager = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Permission.IDENTITY_MANAGE.code()));
        if (!owner.equals(current(auth).id()) && !manager) {
            throw new AccessDeniedException("not your token");
        }
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    private User current(Authentication auth) {
        return users.findByEmail(auth.getName()).orElseThrow(() -> new AccessDeniedException("no such user"));
    }
}
