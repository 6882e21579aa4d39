package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.baton.support.Http;

/** Reads a whole inbox through the API, page after page, as the ids of its tasks in order. */
final class InboxReader {

    private InboxReader() {
    }

    static List<String> ids(Http caller) {
        return ids(caller, "");
    }

    /** {@code query} is appended to the inbox address, e.g. "&include=snoozed". */
    static List<String> ids(Http caller, String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = caller.get("/api/v1/tasks/inbox?limit=500" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").values().forEach(t -> ids.add(t.get("id").asString()));
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return ids;
    }
}
