package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.SignIn;

/**
 * A document goes from draft to published through the buttons of its page: Marcus writes it, sends it
 * to review, Oliver asks for a change, Marcus sends it again, both approve, Marcus publishes it and
 * drafts the next change. Each sees only the buttons their roles allow.
 */
@BatonTest
class SignOffPagesTests {

    private static final Pattern ROW_VERSION = Pattern.compile("name=\"rowVersion\" value=\"(\\d+)\"");
    private static final Pattern DRAFT = Pattern.compile("/processes/([a-z0-9-]+)/edit\\?v=([0-9a-f-]{36})");

    @LocalServerPort
    int port;

    private Http signedIn(String name) {
        Http browser = Http.browser("http://localhost:" + port);
        assertThat(SignIn.as(browser, name + "@arcadia.example", BatonTest.DEMO_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    /** Posts a form of the page at {@code page} with its CSRF token, as the browser does. */
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
    void aDocumentIsReviewedApprovedAndPublishedFromItsPage() {
        Http marcus = signedIn("marcus");
        Http.Reply created = submit(marcus, "/processes", "/processes", Map.of("key", "webinar-follow-up", "name", "Webinar follow-up",
                "level", "L3", "parent", "lead-management", "owner", "marketing-manager", "kind", "workflow"));
        Matcher draft = DRAFT.matcher(created.header("Location"));
        assertThat(draft.find()).as(created.header("Location")).isTrue();
        String id = draft.group(2);
        String page = "/processes/webinar-follow-up?v=" + id;

        // a document without steps has lint errors: review is refused, and the page says why
        String empty = marcus.get(page).body();
        assertThat(empty).contains("to fix before review").contains("data-code=\"trigger-missing\"");
        String refused = submit(marcus, page, "/processes/webinar-follow-up/versions/" + id + "/review", Map.of()).body();
        assertThat(refused).contains("lint error").contains("draft");

        String editor = "/processes/webinar-follow-up/edit?v=" + id;
        String editorPage = marcus.get(editor).body();
        Matcher rowVersion = ROW_VERSION.matcher(editorPage);
        assertThat(rowVersion.find()).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", "webinar-follow-up");
        form.put("name", "Webinar follow-up");
        form.put("level", "L3");
        form.put("parent", "lead-management");
        form.put("owner", "marketing-manager");
        form.put("kind", "workflow");
        form.put("title", "First draft");
        form.put("rowVersion", rowVersion.group(1));
        form.put("lanes[0].key", "marketing-manager");
        form.put("lanes[0].name", "Marketing Manager");
        form.put("lanes[0].kind", "role");
        form.put("stakeholders[0].role", "marketing-manager");
        form.put("stakeholders[0].raci", "A");
        form.put("stakeholders[1].role", "sales-manager");
        form.put("stakeholders[1].raci", "R");
        form.put("steps[0].key", "attended");
        form.put("steps[0].type", "trigger");
        form.put("steps[0].lane", "marketing-manager");
        form.put("steps[0].name", "Someone attended a webinar");
        form.put("steps[0].event", "manual");
        form.put("steps[1].key", "thank");
        form.put("steps[1].type", "task");
        form.put("steps[1].lane", "marketing-manager");
        form.put("steps[1].name", "Thank them");
        form.put("steps[1].instructions", "Write a short note.");
        form.put("steps[2].key", "thanked");
        form.put("steps[2].type", "exit");
        form.put("steps[2].lane", "marketing-manager");
        form.put("steps[2].name", "Thanked");
        form.put("steps[2].outcome", "completed");
        assertThat(submit(marcus, editor, editor, form).header("Location")).endsWith("&saved");

        // without htmx, the editor's buttons give the whole page back, changed but not saved
        Map<String, String> oneMore = new LinkedHashMap<>(form);
        oneMore.put("op", "add-step");
        String withFourSteps = submit(marcus, editor, "/processes/webinar-follow-up/edit/form?v=" + id, oneMore).body();
        assertThat(withFourSteps).contains("id=\"step-3\"").contains("value=\"step-4\"").contains("<html");
        oneMore.put("op", "explode");
        Http.Reply unknownChange = submit(marcus, editor, "/processes/webinar-follow-up/edit/form?v=" + id, oneMore);
        assertThat(unknownChange.status()).isEqualTo(400);
        assertThat(unknownChange.body()).contains("is not a change the editor knows");

        // saving again with the version read before is refused: someone else's save would be lost
        String stale = submit(marcus, editor, editor, form).body();
        assertThat(stale).contains("was saved by someone else");

        String written = marcus.get(page).body();
        assertThat(written).contains("No problems.").contains("Send to review").doesNotContain("disabled")
                .contains("Someone attended a webinar").contains("Write a short note.")
                .contains("/processes/webinar-follow-up/versions/" + id + "/sop.pdf")
                .contains("/processes/webinar-follow-up/versions/" + id + "/bpmn")
                .contains("/handbooks/marketing-manager");
        assertThat(marcus.getBytes("/processes/webinar-follow-up/versions/" + id + "/diagram.png").contentType()).isEqualTo("image/png");
        assertThat(marcus.get("/processes/webinar-follow-up/versions/" + id + "/yaml").body()).contains("key: webinar-follow-up");

        String inReview = followed(marcus, submit(marcus, page, "/processes/webinar-follow-up/versions/" + id + "/review", Map.of()));
        assertThat(inReview).contains("Sent to review.").contains("in review")
                .contains("Still to approve: <strong class=\"waiting\">Marketing Manager, Sales Manager</strong>");

        // Oliver, a sales manager, signs it off: he asks for a change, which needs a comment
        Http oliver = signedIn("oliver");
        String forOliver = oliver.get(page).body();
        assertThat(forOliver).contains(">Approve<").contains(">Request changes<").doesNotContain(">Publish<");
        String noComment = submit(oliver, page, "/processes/webinar-follow-up/versions/" + id + "/request-changes",
                Map.of("comment", "")).body();
        assertThat(noComment).contains("say what should change");
        String sentBack = followed(oliver, submit(oliver, page, "/processes/webinar-follow-up/versions/" + id + "/request-changes",
                Map.of("comment", "Say when to send the note.")));
        assertThat(sentBack).contains("Changes requested").contains("Say when to send the note.").contains(">Edit<");

        // Sofia, an SDR, does not sign it off: no buttons for her, and a refusal that says who decides
        followed(marcus, submit(marcus, page, "/processes/webinar-follow-up/versions/" + id + "/review", Map.of()));
        Http sofia = signedIn("sofia");
        String forSofia = sofia.get(page).body();
        assertThat(forSofia).contains("in review").doesNotContain(">Approve<").doesNotContain(">Request changes<");
        assertThat(submit(sofia, page, "/processes/webinar-follow-up/versions/" + id + "/approve", Map.of()).body())
                .contains("Only the stakeholders who sign this document off decide on it");

        String marcusApproved = followed(marcus, submit(marcus, page, "/processes/webinar-follow-up/versions/" + id + "/approve",
                Map.of("comment", "")));
        assertThat(marcusApproved).contains("Approved.").contains("Still to approve: <strong class=\"waiting\">Sales Manager</strong>")
                .doesNotContain(">Approve<");
        String approved = followed(oliver, submit(oliver, page, "/processes/webinar-follow-up/versions/" + id + "/approve",
                Map.of("comment", "Good now.")));
        assertThat(approved).contains("approved").contains(">Publish<").contains("Good now.");

        String published = followed(marcus, submit(marcus, page, "/processes/webinar-follow-up/versions/" + id + "/publish", Map.of()));
        assertThat(published).contains("Published.").contains("Version 1").contains(">Draft a change<")
                .contains("published as version 1").doesNotContain(">Edit<");
        assertThat(marcus.get("/processes").body()).contains("published v1");

        // the next change starts as a draft of version 1, in the editor
        Http.Reply drafted = submit(marcus, page, "/processes/webinar-follow-up/drafts?from=" + id, Map.of());
        Matcher next = DRAFT.matcher(drafted.header("Location"));
        assertThat(next.find()).isTrue();
        assertThat(next.group(2)).isNotEqualTo(id);
        assertThat(marcus.get("/processes/webinar-follow-up/edit?v=" + next.group(2)).body()).contains("Someone attended a webinar");
        assertThat(marcus.get("/processes/webinar-follow-up/edit?v=" + id).header("Location")).endsWith("&locked");
    }

    @Test
    void anUnknownDocumentIsAPageSayingSo() {
        Http.Reply missing = signedIn("sofia").get("/processes/no-such-process");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("No process document no-such-process");
    }
}
