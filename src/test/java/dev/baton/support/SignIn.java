package dev.baton.support;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the login form the way a browser does: cookie session and CSRF token. */
public final class SignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">([^<]+)<");

    private SignIn() {
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF field in the page:\n" + html);
        }
        return m.group(1);
    }

    /** Posts the login form; returns the reply (302 to / on success). */
    public static Http.Reply as(Http browser, String email, String password) {
        String token = csrf(browser.get("/login").body());
        return browser.form("/login", Map.of("username", email, "password", password, "_csrf", token));
    }

    /** Signs in as the user and makes an API token on the tokens page; returns its secret. */
    public static String apiToken(int port, String email, String password) {
        Http browser = Http.browser("http://localhost:" + port);
        Http.Reply login = as(browser, email, password);
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new AssertionError("Sign-in failed for " + email + ": " + login.status() + " " + login.header("Location"));
        }
        String csrf = csrf(browser.get("/tokens").body());
        Http.Reply page = browser.form("/tokens", Map.of("name", "test token", "_csrf", csrf));
        Matcher m = NEW_TOKEN.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("The tokens page did not show a new token:\n" + page.body());
        }
        return m.group(1);
    }
}
