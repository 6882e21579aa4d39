package dev.baton.platform.api;

import org.springframework.http.ResponseEntity;

/** Optimistic concurrency over HTTP: a row's version is its ETag, and If-Match must name it. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names, or null when the header is absent or "*". */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", ifMatch, "must be an ETag returned by this API, like \"3\"");
        }
    }

    public static void check(String what, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(what, current);
        }
    }

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }
}
