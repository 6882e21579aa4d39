package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/** The glossary pages: the terms, where one is used, and a change proposed, approved or sent back by its approvers. */
@BatonTest
class GlossaryPagesTests {

    @LocalServerPort
    int port;

    private Http signedIn(String name) {
        Http browser = Http.browser("http://localhost:" + port);
        assertThat(SignIn.as(browser, name + "@arcadia.example", BatonTest.DEMO_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    private static Http.Reply submit(Http browser, String page, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", SignIn.csrf(browser.get(page).body()));
        return browser.form(action, all);
    }

    private static String followed(Http browser, Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(302);
        return browser.get(reply.header("Location").replaceFirst("^https?://[^/]+", "")).body();
    }

    @Test
    void everyoneReadsTheTermsAndWhereOneIsUsed() {
        Http sofia = signedIn("sofia");
        String glossary = sofia.get("/glossary").body();
        assertThat(glossary).contains("Marketing Qualified Lead").contains("lifecycle &gt;= mql").contains("Marketing Manager")
                .contains("Dead account").doesNotContain("Add a term");

        String mql = sofia.get("/glossary/mql").body();
        assertThat(mql).contains("A lead whose interest marketing has confirmed")
                .contains("Document <a href=\"/processes/lead-management\">Lead Management</a>")
                .contains("Gate <strong>Marketing qualified?</strong>")
                .contains("Propose a change");
        assertThat(sofia.get("/glossary/no-such-term").status()).isEqualTo(404);
    }

    @Test
    void aChangeToATermAppliesWhenItsApproversApprove() {
        Http eleanor = signedIn("eleanor");
        String added = followed(eleanor, submit(eleanor, "/glossary", "/glossary", Map.of("key", "webinar-attendee",
                "name", "Webinar attendee", "definition", "Someone who joined one of our webinars.", "criterion", "",
                "owner", "marketing-manager")));
        assertThat(added).contains("Term added.").contains("Someone who joined one of our webinars.");
        String refused = submit(eleanor, "/glossary", "/glossary", Map.of("key", "Bad Key", "name", "", "definition", "",
                "owner", "marketing-manager")).body();
        assertThat(refused).contains("Please correct").contains("lower-case words joined by dashes");

        // Sofia proposes a clearer definition; Marcus, for the owning role, decides on it
        Http sofia = signedIn("sofia");
        String proposed = followed(sofia, submit(sofia, "/glossary/webinar-attendee", "/glossary/webinar-attendee/changes",
                Map.of("name", "Webinar attendee", "definition", "Someone who stayed at least ten minutes in one of our webinars.",
                        "criterion", "", "owner", "marketing-manager", "comment", "Sign-ups who never came are not attendees.")));
        assertThat(proposed).contains("Change proposed").contains("in review").contains("Sign-ups who never came")
                .contains("class=\"waiting\">marketing-manager<").doesNotContain(">Approve<");

        Http marcus = signedIn("marcus");
        String forMarcus = marcus.get("/glossary/webinar-attendee").body();
        assertThat(forMarcus).contains(">Approve<").contains(">Request changes<");
        String change = forMarcus.replaceAll("(?s).*?/glossary/changes/([0-9a-f-]{36})/approve.*", "$1");
        String applied = followed(marcus, submit(marcus, "/glossary/webinar-attendee", "/glossary/changes/" + change + "/approve",
                Map.of("comment", "Agreed.")));
        assertThat(applied).contains("the new wording applies").contains("Someone who stayed at least ten minutes")
                .contains("applied").contains("Agreed.");

        // another proposal, sent back with a comment
        followed(sofia, submit(sofia, "/glossary/webinar-attendee", "/glossary/webinar-attendee/changes",
                Map.of("definition", "Anyone on the webinar list.", "comment", "Simpler.")));
        String open = marcus.get("/glossary/webinar-attendee").body();
        String second = open.replaceAll("(?s).*?/glossary/changes/([0-9a-f-]{36})/request-changes.*", "$1");
        String sentBack = followed(marcus, submit(marcus, "/glossary/webinar-attendee", "/glossary/changes/" + second
                + "/request-changes", Map.of("comment", "The list includes people who never joined.")));
        assertThat(sentBack).contains("Sent back").contains("changes requested").contains("The list includes people who never joined.")
                .contains("Someone who stayed at least ten minutes");
    }
}
