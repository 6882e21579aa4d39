package dev.baton.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import dev.baton.support.Mailbox;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Templates checked when saved; sending through the outbox to a real SMTP server; consent, unsubscribe, retries. */
@BatonTest
class EmailApiTests {

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void connect() {
        admin = Http.api("http://localhost:" + port, BatonTest.ADMIN_TOKEN);
    }

    @Test
    void aTemplateWithAnUnknownFieldOrBrokenTagIsRefusedWhenSavedNamingWhere() {
        var unknown = admin.post("/api/v1/email-templates", Map.of("key", "bad-field", "name", "Bad", "purpose", "transactional",
                "subject", "Hi {{person.first_name}}", "html", "<p>Hello\n{{person.nickname}} from {{company.name}}</p>"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("line 2, column 1: unknown merge field person.nickname")
                .contains("first_name").contains("unknown merge field company.name");

        var broken = admin.post("/api/v1/email-templates", Map.of("key", "bad-tag", "name", "Bad", "purpose", "transactional",
                "subject", "Hi {{person.first_name", "html", "<p>{{#deal.name}}About {{deal.name}}</p>"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("subject").contains("never closed with }}")
                .contains("{{#deal.name}} is never closed with {{/deal.name}}");

        var customField = admin.post("/api/v1/email-templates", Map.of("key", "bad-custom", "name", "Bad", "purpose", "transactional",
                "subject", "Hi", "html", "<p>{{organisation.custom.shoe_size}}</p>"));
        assertThat(customField.body()).contains("organisation has no custom field shoe_size").contains("industry");

        var noUnsubscribe = admin.post("/api/v1/email-templates", Map.of("key", "no-way-out", "name", "Bad", "purpose", "marketing",
                "subject", "News", "html", "<p>News</p>"));
        assertThat(noUnsubscribe.body()).contains("a marketing email must offer {{unsubscribe_url}}");
        assertThat(admin.get("/api/v1/email-templates/bad-field").status()).isEqualTo(404);
    }

    @Test
    void anInquiryReplyNamesThePersonsSalesRepAndLandsOnTheirTimeline() throws Exception {
        JsonNode hannah = admin.get("/api/v1/users?q=hannah").json().get("items").get(0);
        String nora = admin.post("/api/v1/people", Map.of("firstName", "Nora", "lastName", "Inquiry", "emails",
                List.of("nora.inquiry@example.com"), "owner", hannah.get("id").asString())).json().get("id").asString();

        var sent = admin.post("/api/v1/people/" + nora + "/emails", Map.of("template", "inquiry-reply"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().get("status").asString()).isEqualTo("queued");

        MimeMessage mail = Mailbox.await("nora.inquiry@example.com", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Thanks for your inquiry, Nora");
        assertThat(mail.getFrom()[0].toString()).contains("hello@arcadia.example");
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        assertThat(html).contains(hannah.get("displayName").asString() + ", your contact here")
                .contains("mailto:" + hannah.get("email").asString());
        assertThat(text).contains(hannah.get("displayName").asString()).contains(hannah.get("email").asString())
                .doesNotContain("<p>");
        assertThat(mail.getHeader("List-Unsubscribe")).as("a transactional email has no unsubscribe header").isNull();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(admin.get(sent.header("Location")).json().get("status").asString()).isEqualTo("sent");
            assertThat(admin.get("/api/v1/people/" + nora + "/timeline?type=email").body())
                    .contains("Email sent: Thanks for your inquiry, Nora");
        });
    }

    @Test
    void theSameIdempotencyKeySendsOnce() {
        String person = admin.post("/api/v1/people", Map.of("lastName", "Once", "emails", List.of("once@example.com")))
                .json().get("id").asString();
        for (int i = 0; i < 3; i++) {
            var sent = admin.postWithHeaders("/api/v1/people/" + person + "/emails", Map.of("template", "inquiry-reply"),
                    Map.of("Idempotency-Key", "reply-1"));
            assertThat(sent.status()).isEqualTo(202);
        }
        Mailbox.await("once@example.com", 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(Mailbox.to("once@example.com")).hasSize(1));
        assertThat(admin.get("/api/v1/emails?person=" + person).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void marketingEmailSkipsWhoOptedOutAndItsUnsubscribeLinkOptsOut() throws Exception {
        String opted = admin.post("/api/v1/people", Map.of("lastName", "Optedout", "emails", List.of("opted.out@example.com"),
                "emailConsent", "opted_out", "consentSource", "phone call")).json().get("id").asString();
        String reader = admin.post("/api/v1/people", Map.of("firstName", "Rita", "lastName", "Reader",
                "emails", List.of("rita.reader@example.com"))).json().get("id").asString();

        admin.post("/api/v1/people/" + opted + "/emails", Map.of("template", "seminar-follow-up-1"));
        admin.post("/api/v1/people/" + reader + "/emails", Map.of("template", "seminar-follow-up-1"));

        MimeMessage mail = Mailbox.await("rita.reader@example.com", 1).get(0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode skipped = admin.get("/api/v1/emails?person=" + opted).json().get("items").get(0);
            assertThat(skipped.get("status").asString()).isEqualTo("skipped");
            assertThat(skipped.get("reason").asString()).isEqualTo("the person opted out of email");
            assertThat(admin.get("/api/v1/people/" + opted + "/timeline?type=email").body())
                    .contains("Email not sent: Seminar follow-up: slides and recording").contains("opted out");
        });
        assertThat(Mailbox.to("opted.out@example.com")).isEmpty();

        String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(part(mail, "text/html")).contains(unsubscribe);
        String path = unsubscribe.substring(unsubscribe.indexOf("/unsubscribe/"));

        Http mailClient = Http.browser("http://localhost:" + port);
        assertThat(mailClient.get(path).body()).contains("Stop marketing email to").contains("rita.reader@example.com");
        assertThat(admin.get("/api/v1/people/" + reader).json().get("consent").get("email").asString()).isNotEqualTo("opted_out");
        var oneClick = mailClient.form(path, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(oneClick.body()).contains("will get no more marketing email");
        JsonNode consent = admin.get("/api/v1/people/" + reader).json().get("consent");
        assertThat(consent.get("email").asString()).isEqualTo("opted_out");
        assertThat(consent.get("source").asString()).isEqualTo("unsubscribe link");

        assertThat(mailClient.get(path.substring(0, path.length() - 3) + "xyz").status()).isEqualTo(404);

        admin.post("/api/v1/people/" + reader + "/emails", Map.of("template", "seminar-follow-up-2"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                admin.get("/api/v1/emails?person=" + reader + "&status=skipped").json().get("items").size()).isEqualTo(1));
        assertThat(Mailbox.to("rita.reader@example.com")).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownIsRetriedWithBackoffAndNothingIsLost() {
        String person = admin.post("/api/v1/people", Map.of("firstName", "Patience", "lastName", "Retry",
                "emails", List.of("patience@example.com"))).json().get("id").asString();
        Mailbox.stop();
        try {
            String location = admin.post("/api/v1/people/" + person + "/emails", Map.of("template", "inquiry-reply")).header("Location");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode email = admin.get(location).json();
                assertThat(email.get("status").asString()).isEqualTo("queued");
                assertThat(email.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(email.get("reason").asString()).startsWith("attempt 1 failed");
            });
        } finally {
            Mailbox.restart();
        }
        MimeMessage mail = Mailbox.await("patience@example.com", 1).get(0);
        assertThat(mail).isNotNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                admin.get("/api/v1/emails?person=" + person).json().get("items").get(0).get("status").asString()).isEqualTo("sent"));
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return find(message.getContent(), type);
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return String.valueOf(part.getContent());
                }
                String inner = find(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
