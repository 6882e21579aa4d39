package dev.baton.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of identity: users, who wears a role, and whom a role reports to. */
public interface Identity {

    Optional<User> user(UUID id);

    Optional<User> userByEmail(String email);

    /**
     * A user as a process document, a field value or an import names them: by email, or by id;
     * empty when no user has that name (or it is neither).
     */
    Optional<User> userNamed(String emailOrId);

    /** The user signed in to the current request (by session or API token), if any. */
    Optional<User> current();

    /** Every enabled user, in name order (who a record can be assigned to). */
    List<User> users();

    /** The enabled users wearing a role. */
    List<User> wearing(String roleKey);

    Optional<Role> role(String key);

    /** Every role of the org chart, by key. */
    List<Role> roles();

    /** The role a role reports to in the org chart (where an SLA escalates). */
    Optional<Role> managerOf(String roleKey);
}
