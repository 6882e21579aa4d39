package dev.baton.identity.internal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.identity.Permission;
import dev.baton.identity.User;
import dev.baton.platform.BatonProperties;

/**
 * On the first start of an empty database: the Administrator role, the first administrator
 * (BATON_ADMIN_PASSWORD, or a generated password logged once) and, when BATON_BOOTSTRAP_TOKEN is
 * set, an API token with that secret for scripted set-ups.
 */
@Component
@Order(50)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    static final String ADMIN_ROLE = "administrator";

    private final UserDirectory users;
    private final RoleDirectory roles;
    private final ApiTokens tokens;
    private final BatonProperties properties;
    private final TransactionTemplate tx;

    FirstStart(UserDirectory users, RoleDirectory roles, ApiTokens tokens, BatonProperties properties, TransactionTemplate tx) {
        this.users = users;
        this.roles = roles;
        this.tokens = tokens;
        this.properties = properties;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String given = properties.admin().password();
        boolean generated = given == null || given.isBlank();
        String password = generated ? generatePassword() : given;
        String email = properties.admin().email();
        tx.executeWithoutResult(s -> {
            if (roles.find(ADMIN_ROLE).isEmpty()) {
                roles.create(new RoleDirectory.RoleSpec(ADMIN_ROLE, "Administrator", "Runs Baton: users, roles, settings.",
                        "internal", Arrays.stream(Permission.values()).map(Permission::code).toList(), null));
            }
            User admin = users.create(new UserDirectory.NewUser(email, "Administrator", password, List.of(ADMIN_ROLE)));
            String bootstrap = properties.bootstrapToken();
            if (bootstrap != null && !bootstrap.isBlank()) {
                tokens.adopt(admin.id(), "bootstrap (BATON_BOOTSTRAP_TOKEN)", bootstrap.trim());
                log.info("BATON_BOOTSTRAP_TOKEN is now an API token of {}", email);
            }
        });
        if (generated) {
            log.warn("\n\n  First administrator: {}\n  Generated password (shown only this once): {}\n"
                    + "  Set BATON_ADMIN_PASSWORD before the first start to choose it yourself.\n", email, password);
        } else {
            log.info("First administrator {} created with the password from BATON_ADMIN_PASSWORD", email);
        }
    }

    private static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
