package dev.baton.identity.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.identity.User;
import dev.baton.identity.internal.ApiTokens;
import dev.baton.identity.internal.UserDirectory;
import dev.baton.platform.api.InvalidInputException;

/** A user's own API tokens: make one (its secret shown once) and revoke them. */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final UserDirectory users;

    TokenPages(ApiTokens tokens, UserDirectory users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/tokens")
    String list(Authentication auth, Model model) {
        model.addAttribute("tokens", tokens.of(me(auth).id()));
        return "identity/tokens";
    }

    @PostMapping("/tokens")
    String create(@RequestParam String name, Authentication auth, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(me(auth).id(), name));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return list(auth, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, Authentication auth) {
        if (!tokens.ownerOf(id).map(me(auth).id()::equals).orElse(false)) {
            throw new AccessDeniedException("not your token");
        }
        tokens.revoke(id);
        return "redirect:/tokens?revoked";
    }

    private User me(Authentication auth) {
        return users.findByEmail(auth.getName()).orElseThrow(() -> new AccessDeniedException("no such user"));
    }
}
