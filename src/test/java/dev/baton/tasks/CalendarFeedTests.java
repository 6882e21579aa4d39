package dev.baton.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** Sofia subscribes to her tasks in her calendar app: a secret address, no sign-in, events with alarms. */
@BatonTest
class CalendarFeedTests {

    private static final Pattern FEED = Pattern.compile("id=\"calendar-url\">https?://[^/]+(/calendar/[A-Za-z0-9_-]{43}\\.ics)<");

    @LocalServerPort
    int port;

    @Test
    void aCalendarAppReadsTheOpenTasksAtTheSecretAddressUntilANewOneIsMade() throws Exception {
        String base = "http://localhost:" + port;
        Http sofia = Http.api(base, SignIn.apiToken(port, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD));
        String sofiaId = sofia.get("/api/v1/me").json().get("user").get("id").asString();
        Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        var created = sofia.post("/api/v1/tasks", Map.of("title", "Send the seminar recording to Halden Archives",
                "description", "They missed the second half.", "due", due.toString(), "user", sofiaId));
        String id = created.json().get("id").asString();
        String doneId = sofia.post("/api/v1/tasks", Map.of("title", "A task already done", "due", due.toString(),
                "user", sofiaId)).json().get("id").asString();
        sofia.post("/api/v1/tasks/" + doneId + "/complete", Map.of());

        Http browser = Http.browser(base);
        SignIn.as(browser, "sofia@arcadia.example", BatonTest.DEMO_PASSWORD);
        String feed = makeFeedAddress(browser);

        Http calendarApp = Http.api(base, null);
        var reply = calendarApp.get(feed);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/calendar");

        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).noneMatch(e -> e.getUid().orElseThrow().getValue().startsWith(doneId));
        VEvent event = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(id + "@baton"))
                .findFirst().orElseThrow(() -> new AssertionError("No event for the task in:\n" + reply.body()));
        assertThat(event.getSummary().getValue()).isEqualTo("Send the seminar recording to Halden Archives");
        assertThat(event.getDescription().getValue()).contains("They missed the second half.");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(due);
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getAlarms()).hasSize(1);

        String renewed = makeFeedAddress(browser);
        assertThat(renewed).isNotEqualTo(feed);
        assertThat(calendarApp.get(feed).status()).isEqualTo(404);
        assertThat(calendarApp.get(renewed).status()).isEqualTo(200);
        assertThat(calendarApp.get("/calendar/not-a-secret.ics").status()).isEqualTo(404);
    }

    /** Presses the button on the inbox page; returns the path of the address it shows once. */
    private static String makeFeedAddress(Http browser) {
        String csrf = SignIn.csrf(browser.get("/inbox").body());
        var page = browser.form("/inbox/calendar-feed", Map.of("_csrf", csrf));
        assertThat(page.status()).isEqualTo(200);
        Matcher m = FEED.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }
}
