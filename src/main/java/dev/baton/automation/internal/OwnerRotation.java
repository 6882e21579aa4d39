package dev.baton.automation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.User;

/**
 * Gives people without an owner one of a role's users, in turn (round robin, remembered in the
 * database so that every runner continues the same rotation).
 */
@Component
public class OwnerRotation {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Identity identity;

    OwnerRotation(JdbcClient jdbc, Contacts contacts, Identity identity) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.identity = identity;
    }

    public void assign(String role, List<UUID> people) {
        List<User> users = identity.wearing(role);
        if (users.isEmpty()) {
            return;
        }
        List<Person> unowned = contacts.people(people).stream().filter(p -> p.owner() == null).toList();
        if (unowned.isEmpty()) {
            return;
        }
        long start = jdbc.sql("""
                insert into owner_rotations (role, turns) values (:role, :n)
                on conflict (role) do update set turns = owner_rotations.turns + :n returning turns - :n""")
                .param("role", role).param("n", unowned.size()).query(Long.class).single();
        for (int i = 0; i < unowned.size(); i++) {
            contacts.assignOwner(unowned.get(i).id(), users.get((int) ((start + i) % users.size())).id());
        }
    }
}
