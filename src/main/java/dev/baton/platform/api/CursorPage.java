package dev.baton.platform.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a stable order. {@code next} is an opaque cursor for the following page,
 * absent on the last page.
 */
public record CursorPage<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /**
     * Builds a page from a query that fetched up to {@code limit + 1} rows: the extra row only
     * tells that another page exists.
     */
    public static <T> CursorPage<T> of(List<T> fetched, int limit, Function<T, String> sortKey) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new CursorPage<>(List.copyOf(items), encode(sortKey.apply(items.get(limit - 1))));
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key a cursor stands for, or null for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", cursor, "is not a cursor returned by this API");
        }
    }

    /** The id a cursor stands for, or null for the first page. */
    public static java.util.UUID decodeId(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", cursor, "is not a cursor returned by this API");
        }
    }

    /** Checks a requested page size against the allowed range. */
    public static int limit(Integer requested) {
        int limit = requested == null ? DEFAULT_LIMIT : requested;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", String.valueOf(requested), "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
