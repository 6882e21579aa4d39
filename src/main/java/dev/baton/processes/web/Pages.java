package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.identity.User;
import org.springframework.security.access.AccessDeniedException;

/** What the process pages share: who is signed in. */
final class Pages {

    private Pages() {
    }

    static User me(Identity identity) {
        return identity.current().orElseThrow(() -> new AccessDeniedException("Sign in as a user to write process documents."));
    }
}
