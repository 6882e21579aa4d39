package dev.baton.segments;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.baton.platform.api.InvalidInputException;

/** What a query selects: people, organisations or deals. */
public enum SearchObject {

    PERSON("person", "people"), ORGANISATION("organisation", "organisations"), DEAL("deal", "deals");

    private final String key;
    private final String plural;

    SearchObject(String key, String plural) {
        this.key = key;
        this.plural = plural;
    }

    /** The name used in the API, the database and on pages: person, organisation or deal. */
    public String key() {
        return key;
    }

    public String plural() {
        return plural;
    }

    /** The object with this key; no key means people, as before searches had an object. */
    public static SearchObject of(String key) {
        if (key == null || key.isBlank()) {
            return PERSON;
        }
        return Arrays.stream(values()).filter(o -> o.key.equalsIgnoreCase(key.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("object", key,
                        "must be one of " + Arrays.stream(values()).map(SearchObject::key).collect(Collectors.joining(", "))));
    }
}
