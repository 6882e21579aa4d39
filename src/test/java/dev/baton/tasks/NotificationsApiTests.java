package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/**
 * Notifications as their readers see them through the API: two wearers of a role and a user of
 * their own, each with their own unread list, read state and count; sending is exactly-once by key,
 * and a notification for no one is refused whole.
 */
@BatonTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsApiTests {

    @LocalServerPort
    int port;

    /** Sends as a module does (a process step). */
    @Autowired
    Notifications notifications;

    Http admin;
    String role;
    Http ada;
    Http bo;
    UUID adaId;
    String person;

    @BeforeAll
    void roleWithTwoWearers() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        role = "night-desk-" + suffix;
        var made = admin.post("/api/v1/roles", Map.of("key", role, "name", "Night desk " + suffix, "kind", "internal",
                "permissions", List.of("contacts.read")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        ada = user("ada-" + suffix, "Ada " + suffix);
        bo = user("bo-" + suffix, "Bo " + suffix);
        adaId = UUID.fromString(ada.get("/api/v1/me").json().get("user").get("id").asString());
        person = admin.post("/api/v1/people", Map.of("firstName", "Noor", "lastName", "Notified " + suffix)).json().get("id").asString();
    }

    @Test
    void aRoleNotificationIsUnreadForEachWearerUntilTheyReadIt() {
        long adaBefore = unread(ada);
        long boBefore = unread(bo);
        notifications.notify(new NewNotification(null, Assignee.ofRole(role), "Noor asked for a call back", UUID.fromString(person),
                null, "Campaign step call-back"));
        notifications.notify(new NewNotification(null, Assignee.ofUser(adaId), "Only for Ada", null, null, null));

        JsonNode page = ada.get("/api/v1/notifications").json();
        assertThat(page.get("unread").asLong()).isEqualTo(adaBefore + 2);
        JsonNode forRole = find(ada, "Noor asked for a call back");
        assertThat(forRole.get("role").asString()).isEqualTo(role);
        assertThat(forRole.get("person").asString()).isEqualTo(person);
        assertThat(forRole.get("source").asString()).isEqualTo("Campaign step call-back");
        assertThat(forRole.get("readAt").isNull()).isTrue();
        assertThat(unread(bo)).as("Bo wears the role, the personal one is Ada's").isEqualTo(boBefore + 1);
        assertThat(messages(bo)).contains("Noor asked for a call back").doesNotContain("Only for Ada");

        var read = ada.post("/api/v1/notifications/" + forRole.get("id").asString() + "/read");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(unread(ada)).isEqualTo(adaBefore + 1);
        assertThat(unread(bo)).as("reading is per reader").isEqualTo(boBefore + 1);
        // unread first: the one Ada read comes after every unread one
        List<JsonNode> items = all(ada);
        int readAt = indexOf(items, "Noor asked for a call back");
        assertThat(items.subList(0, readAt)).allMatch(n -> n.get("readAt").isNull());
        assertThat(items.get(indexOf(items, "Only for Ada")).get("readAt").isNull()).isTrue();
        assertThat(indexOf(items, "Only for Ada")).isLessThan(readAt);

        var all = bo.post("/api/v1/notifications/read-all");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("unread").asLong()).isZero();
        assertThat(unread(bo)).isZero();
    }

    @Test
    void aKeyedNotificationIsSentOnceAndOneForNoOneIsRefusedWhole() {
        String key = "test:" + UUID.randomUUID();
        NewNotification once = new NewNotification(key, Assignee.ofRole(role), "Sent once " + key, null, null, null);
        assertThat(notifications.notify(once)).isTrue();
        assertThat(notifications.notify(once)).isFalse();
        assertThat(messages(ada).stream().filter(m -> m.equals("Sent once " + key))).hasSize(1);

        var refused = catchThrowableOfType(InvalidInputException.class, () -> notifications.notifyAll(List.of(
                new NewNotification(null, Assignee.ofRole(role), "Never sent " + key, null, null, null),
                new NewNotification(null, Assignee.ofRole("no-such-role"), "Never sent either", null, null, null),
                new NewNotification(null, Assignee.ofRole(role), " ", null, null, null))));
        assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("[1].role", "[2].message");
        assertThat(messages(ada)).doesNotContain("Never sent " + key);
    }

    @Test
    void someoneElsesNotificationCannotBeReadAndPagesFollowOneAnother() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        notifications.notifyAll(List.of(new NewNotification(null, Assignee.ofUser(adaId), "Ada's own " + tag, null, null, null),
                new NewNotification(null, Assignee.ofUser(adaId), "Ada's second " + tag, null, null, null)));
        String own = find(ada, "Ada's own " + tag).get("id").asString();
        assertThat(bo.post("/api/v1/notifications/" + own + "/read").status()).isEqualTo(404);
        assertThat(ada.post("/api/v1/notifications/" + UUID.randomUUID() + "/read").status()).isEqualTo(404);
        assertThat(ada.get("/api/v1/notifications?cursor=nonsense").status()).isEqualTo(400);
        assertThat(ada.get("/api/v1/notifications?limit=0").status()).isEqualTo(400);

        List<String> oneByOne = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ada.get("/api/v1/notifications?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").values().forEach(n -> oneByOne.add(n.get("id").asString()));
            cursor = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(oneByOne).isEqualTo(all(ada).stream().map(n -> n.get("id").asString()).toList());
    }

    private Http user(String name, String displayName) {
        String email = name + "@arcadia.example";
        var made = admin.post("/api/v1/users", Map.of("email", email, "displayName", displayName, "password", "a-long-enough-secret",
                "roles", List.of(role)));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return admin.withToken(SignIn.apiToken(port, email, "a-long-enough-secret"));
    }

    private static long unread(Http who) {
        return who.get("/api/v1/notifications").json().get("unread").asLong();
    }

    private static List<JsonNode> all(Http who) {
        var page = who.get("/api/v1/notifications?limit=500");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items").values().stream().toList();
    }

    private static List<String> messages(Http who) {
        return all(who).stream().map(n -> n.get("message").asString()).toList();
    }

    private static JsonNode find(Http who, String message) {
        return all(who).stream().filter(n -> n.get("message").asString().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification \"" + message + "\""));
    }

    private static int indexOf(List<JsonNode> items, String message) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("message").asString().equals(message)) {
                return i;
            }
        }
        throw new AssertionError("no notification \"" + message + "\"");
    }
}
