package dev.baton.tasks.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import dev.baton.identity.Identity;
import dev.baton.identity.Permission;
import dev.baton.identity.User;

/** Finds who is acting: the signed-in user, by session or API token. */
@Component
public class Actors {

    private final Identity identity;

    Actors(Identity identity) {
        this.identity = identity;
    }

    /** The signed-in user (by session or API token). */
    public Actor of(Authentication auth) {
        User user = identity.userByEmail(auth.getName()).orElseThrow(() -> new AccessDeniedException("no such user"));
        boolean manager = auth.getAuthorities().stream()
                .anyMatch(a -> Permission.IDENTITY_MANAGE.code().equals(a.getAuthority()));
        return new Actor(user.id(), user.roles(), manager);
    }
}
