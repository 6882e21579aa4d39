package dev.baton.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.baton.automation.internal.JourneyRunner;
import dev.baton.support.BatonTest;
import dev.baton.support.Documents;
import dev.baton.support.Http;
import dev.baton.support.Mailbox;
import dev.baton.support.SignIn;
import dev.baton.support.TestClock;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Story 2: seminar attendees are tagged, get a follow-up email with links, and three days later
 * the second email — unless they clicked a link of the first, which reaches the campaign's goal
 * and takes them out of the sequence (Keap style) — a mail scanner opening the link first does not.
 * Replies come in through the API goal.
 */
@BatonTest
class SeminarFollowUpStoryTests {

    private static final Pattern TRACKED = Pattern.compile("https?://[^\"\\s)<>]+(/r/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JourneyRunner runner;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    Http admin;
    Http marcus;
    String suffix;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
        marcus = Http.api("http://localhost:" + port, SignIn.apiToken(port, "marcus@arcadia.example", BatonTest.DEMO_PASSWORD));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void whoClicksALinkInTheFirstEmailLeavesTheSequenceAndTheOthersGetTheSecondEmail() throws Exception {
        String campaign = "seminar-follow-up-" + suffix;
        String attended = "seminar-attended-" + suffix;
        publish(campaign, """
                - key: attended
                  type: trigger
                  lane: customer
                  name: Attended the seminar
                  event: tag_applied
                  value: %s
                - key: slides
                  type: action
                  lane: system
                  name: Send the slides and the recording
                  action: email
                  with:
                    template: seminar-follow-up-1
                - key: three-days
                  type: wait
                  lane: system
                  name: Give them three days
                  duration: P3D
                - key: review-offer
                  type: action
                  lane: system
                  name: Offer a storage review
                  action: email
                  with:
                    template: seminar-follow-up-2
                - key: engaged
                  type: trigger
                  lane: customer
                  name: Clicked a link in the slides email
                  event: link_clicked
                  value: seminar-follow-up-1
                - key: done
                  type: exit
                  lane: system
                  name: Followed up
                  outcome: completed
                """.formatted(attended));
        String ann = person("Ann");
        String ben = person("Ben");
        String cat = person("Cat");

        admin.post("/api/v1/tags/" + attended + "/people", Map.of("people", List.of(ann, ben, cat)));

        MimeMessage first = Mailbox.await(email("Ann"), 1).get(0);
        assertThat(first.getSubject()).isEqualTo("Your seminar slides, Ann");
        String html = part(first, "text/html");
        String text = part(first, "text/plain");
        assertThat(html).doesNotContain("https://arcadia.example/seminar/").contains("/unsubscribe/");
        assertThat(text).doesNotContain("https://arcadia.example/seminar/").contains("/r/").contains("/unsubscribe/");
        Matcher slides = Pattern.compile("<a href=\"" + TRACKED.pattern() + "\">slides</a>").matcher(html);
        assertThat(slides.find()).as(html).isTrue();
        String link = slides.group(1);
        assertThat(trackedPaths(text)).as("the text part has the same tracked links").contains(link);

        // Her mail server's scanner checks every link before she sees the email: it is sent on, but it is not her click.
        Http scanner = Http.browser("http://localhost:" + port);
        for (Http.Reply checked : List.of(scanner.head(link),
                scanner.get(link, Map.of("User-Agent", "Mozilla/5.0 (compatible; Barracuda Sentinel URL Protection)")),
                scanner.get(link, Map.of("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0.0.0 Safari/537.36")))) {
            assertThat(checked.status()).isEqualTo(302);
            assertThat(checked.header("Location")).isEqualTo("https://arcadia.example/seminar/slides");
        }
        assertThat(clicks(ann)).as("a scanner's visit is not on her timeline").isEmpty();
        assertThat(jdbc.sql("""
                select s.visits, s.last_agent from email_link_scans s join email_outbox o on o.id = s.email_id
                where o.person_id = :person""").param("person", UUID.fromString(ann))
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2)).list())
                .as("the GETs are recorded as scans; the HEAD is not recorded").containsExactly("2 Mozilla/5.0 (X11; Linux x86_64) "
                        + "HeadlessChrome/120.0.0.0 Safari/537.36");
        assertThat(jdbc.sql("select count(*) from email_link_clicks c join email_outbox o on o.id = c.email_id where o.person_id = :person")
                .param("person", UUID.fromString(ann)).query(Integer.class).single()).as("no click counted").isZero();

        // Ann opens the slides: Baton records the click and sends her browser on.
        Http browser = Http.browser("http://localhost:" + port);
        Http.Reply followed = browser.get(link);
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.header("Location")).isEqualTo("https://arcadia.example/seminar/slides");
        JsonNode click = clicks(ann).get(0);
        assertThat(click.get("summary").asString()).isEqualTo("Clicked a link in: Your seminar slides, Ann");
        assertThat(click.get("data").get("clicked").asBoolean()).isTrue();
        assertThat(click.get("data").get("template").asString()).isEqualTo("seminar-follow-up-1");
        assertThat(click.get("data").get("url").asString()).isEqualTo("https://arcadia.example/seminar/slides");
        // She reached the goal: she left the wait for the step after the goal.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(counts(campaign, "engaged")).isEqualTo("1/0/1"));

        // A second click is on her timeline too, and still leads to the slides.
        assertThat(browser.get(link).header("Location")).isEqualTo("https://arcadia.example/seminar/slides");
        assertThat(clicks(ann)).hasSize(2);

        // Three days later: the others get the second email, Ann does not.
        clock.advance(Duration.ofDays(3).plusMinutes(5));
        runner.runDue();
        assertThat(Mailbox.await(email("Ben"), 2).get(1).getSubject()).startsWith("A free storage review");
        Mailbox.await(email("Cat"), 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Mailbox.to(email("Ann"))).hasSize(1));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(counts(campaign, "review-offer")).isEqualTo("2/0/2");
            assertThat(counts(campaign, "engaged")).isEqualTo("3/0/3");
            assertThat(counts(campaign, "done")).isEqualTo("3/0/3");
        });
        assertThat(clicks(ben)).isEmpty();

        // A link someone changed is not Baton's: a plain 404, never a redirect.
        String token = link.substring("/r/".length());
        String tampered = "/r/" + token.substring(0, 30) + (token.charAt(30) == 'A' ? 'B' : 'A') + token.substring(31);
        Http.Reply refused = browser.get(tampered);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.header("Location")).isNull();
        assertThat(refused.body()).contains("This link does not work");
        assertThat(browser.get("/r/not-a-token").status()).isEqualTo(404);
        assertThat(clicks(ann)).hasSize(2);
    }

    @Test
    void aReplyPostedAsAnApiGoalAndALaterTagReachTheirGoalsAndOnlyTheirs() {
        String campaign = "seminar-replies-" + suffix;
        String replied = "seminar-replied-" + suffix;
        String booked = "review-booked-" + suffix;
        publish(campaign, """
                - key: attended
                  type: trigger
                  lane: customer
                  name: Attended the seminar
                  event: tag_applied
                  value: seminar-replies-%1$s
                - key: two-days
                  type: wait
                  lane: system
                  name: Give them two days
                  duration: P2D
                - key: review-offer
                  type: action
                  lane: system
                  name: Offer a storage review
                  action: email
                  with:
                    template: seminar-follow-up-2
                - key: replied
                  type: trigger
                  lane: customer
                  name: Replied to us
                  event: goal
                  value: %2$s
                - key: thank
                  type: action
                  lane: system
                  name: Mark as talking to us
                  action: tag
                  with:
                    tag: talking-%1$s
                - key: booked
                  type: trigger
                  lane: customer
                  name: Booked a review
                  event: tag_applied
                  value: %3$s
                - key: done
                  type: exit
                  lane: system
                  name: Followed up
                  outcome: completed
                """.formatted(suffix, replied, booked));
        String dan = person("Dan");
        String eve = person("Eve");
        String fay = person("Fay");
        admin.post("/api/v1/tags/seminar-replies-" + suffix + "/people", Map.of("people", List.of(dan, eve, fay)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(counts(campaign, "two-days")).isEqualTo("3/3/0"));

        // An integration that reads the mailbox posts Dan's reply as the API goal.
        assertThat(admin.post("/api/v1/goals/" + replied, Map.of("person", dan)).json().get("moved").asInt()).isEqualTo(1);
        // The booking is a tag: the goal on it is reached by the tag, not through the API.
        assertThat(admin.post("/api/v1/goals/" + booked, Map.of("person", fay)).json().get("moved").asInt()).isZero();
        admin.post("/api/v1/tags/" + booked + "/people", Map.of("people", List.of(eve)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/people/" + dan).json().get("tags").toString()).contains("talking-" + suffix);
            assertThat(counts(campaign, "booked")).isEqualTo("2/0/2");
            assertThat(counts(campaign, "done")).isEqualTo("2/0/2");
        });
        assertThat(counts(campaign, "two-days")).isEqualTo("3/1/2");
        assertThat(admin.get("/api/v1/people/" + eve).json().get("tags").toString()).doesNotContain("talking-" + suffix);
        assertThat(Mailbox.to(email("Dan"))).isEmpty();
        assertThat(Mailbox.to(email("Eve"))).isEmpty();
    }

    /** Writes, reviews, approves and publishes a campaign document under Demand Generation. */
    private void publish(String key, String steps) {
        String yaml = """
                key: %s
                name: Seminar follow-up %s
                level: L3
                parent: demand-generation
                owner: marketing-manager
                kind: campaign
                purpose: Follow up on seminar guests until they engage.
                stakeholders:
                - role: marketing-manager
                  raci: A
                lanes:
                - key: customer
                  name: Customer
                  kind: persona
                - key: system
                  name: Baton
                  kind: system
                steps:
                """.formatted(key, suffix) + steps;
        Documents.publish(marcus, yaml);
    }

    private String email(String first) {
        return first.toLowerCase() + "." + suffix + "@seminar.example";
    }

    private String person(String first) {
        return admin.post("/api/v1/people", Map.of("firstName", first, "lastName", "Guest", "lifecycleStage", "subscriber",
                "emails", List.of(email(first)))).json().get("id").asString();
    }

    /** The person's email timeline entries that are clicks, newest first. */
    private List<JsonNode> clicks(String person) {
        List<JsonNode> clicks = new ArrayList<>();
        admin.get("/api/v1/people/" + person + "/timeline?type=email").json().get("items").values().forEach(e -> {
            if (e.get("data").has("clicked") && e.get("data").get("clicked").asBoolean()) {
                clicks.add(e);
            }
        });
        return clicks;
    }

    private String counts(String journey, String node) {
        for (JsonNode step : admin.get("/api/v1/journeys/" + journey).json().get("steps")) {
            if (step.get("node").asString().equals(node)) {
                return step.get("entered").asLong() + "/" + step.get("waiting").asLong() + "/" + step.get("done").asLong();
            }
        }
        return "missing";
    }

    private static List<String> trackedPaths(String content) {
        List<String> paths = new ArrayList<>();
        Matcher m = TRACKED.matcher(content);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    /** The first part of a type in a message (its HTML or its text). */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
