package dev.baton.identity.internal;

import java.util.Locale;
import java.util.Set;

import dev.baton.platform.api.InvalidInputException;

/**
 * Length over composition rules (NIST SP 800-63B): at least 12 characters, not a well-known
 * password and not the user's own email. The rejected value is never echoed back.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final String RULE = "must be at least " + MIN_LENGTH
            + " characters long, not a commonly used password and not your email address";

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
            "iloveyou1234", "letmein12345", "administrator", "welcome12345", "changeme1234", "qwerty123456",
            "111111111111", "000000000000", "abcdefghijkl", "password123!", "baton-password");

    private PasswordPolicy() {
    }

    public static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH || COMMON.contains(password.toLowerCase(Locale.ROOT))
                || (email != null && password.equalsIgnoreCase(email))
                || password.chars().distinct().count() < 4) {
            throw new InvalidInputException("password", null, RULE);
        }
    }
}
