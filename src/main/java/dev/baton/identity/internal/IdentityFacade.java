package dev.baton.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.identity.User;

@Service
class IdentityFacade implements Identity {

    private final UserDirectory users;
    private final RoleDirectory roles;

    IdentityFacade(UserDirectory users, RoleDirectory roles) {
        this.users = users;
        this.roles = roles;
    }

    @Override
    public Optional<User> user(UUID id) {
        return users.find(id);
    }

    @Override
    public Optional<User> userByEmail(String email) {
        return users.findByEmail(email);
    }

    @Override
    public Optional<User> userNamed(String emailOrId) {
        if (emailOrId == null || emailOrId.isBlank()) {
            return Optional.empty();
        }
        String name = emailOrId.strip();
        if (name.contains("@")) {
            return users.findByEmail(name);
        }
        try {
            return users.find(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<User> current() {
        org.springframework.security.core.Authentication auth =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return Optional.empty();
        }
        return users.findByEmail(auth.getName());
    }

    @Override
    public List<User> users() {
        return users.enabled();
    }

    @Override
    public List<User> wearing(String roleKey) {
        return users.wearing(roleKey).stream().filter(User::enabled).toList();
    }

    @Override
    public Optional<Role> role(String key) {
        return roles.find(key);
    }

    @Override
    public List<Role> roles() {
        return roles.all();
    }

    @Override
    public Optional<Role> managerOf(String roleKey) {
        return roles.find(roleKey).map(Role::reportsTo).flatMap(roles::find);
    }
}
