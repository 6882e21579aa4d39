package dev.baton.automation.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** What Baton calls: an absolute http or https address with a host. */
final class WebhookUrls {

    static final String PROBLEM = "must be an http or https address such as https://example.com/hook";

    private WebhookUrls() {
    }

    static boolean valid(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
