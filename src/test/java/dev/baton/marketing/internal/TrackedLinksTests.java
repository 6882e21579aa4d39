package dev.baton.marketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import dev.baton.platform.BatonProperties;

/**
 * Links in a sent email go through Baton's signed address; only a token Baton made leads anywhere;
 * a mail scanner's visit is told from a person's click by its User-Agent.
 */
class TrackedLinksTests {

    private static final String BASE = "https://crm.arcadia.example";

    /** The workspace key, held here instead of in the database. */
    private static final class FixedKeys extends SigningKeys {
        FixedKeys() {
            super(null, null);
        }

        @Override
        byte[] sign(String purpose, byte[] data) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec((purpose + "-test-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final SigningKeys keys = new FixedKeys();
    private final UnsubscribeLinks unsubscribe = new UnsubscribeLinks(keys, properties(BASE + "/"));
    private final TrackedLinks links = new TrackedLinks(keys, unsubscribe);

    private static BatonProperties properties(String base) {
        return new BatonProperties(null, null, false, null, null, base, "US");
    }

    @Test
    void everyWebLinkOfBothPartsIsTrackedAndLeadsBackToItsAddress() {
        UUID email = UUID.randomUUID();
        String unsubscribeUrl = unsubscribe.url(UUID.randomUUID());
        TrackedLinks.Parts parts = links.track(email,
                "<p><a href=\"https://arcadia.example/slides?a=1&amp;b=2\">slides</a>, <a class=x href='http://arcadia.example/rec'>rec</a>,"
                        + " <a href=\"mailto:sofia@arcadia.example\">mail</a> <a href=\"" + unsubscribeUrl + "\">Unsubscribe</a></p>",
                "slides (https://arcadia.example/slides?a=1&b=2), see https://arcadia.example/more. Unsubscribe (" + unsubscribeUrl + ")");

        assertThat(parts.html()).doesNotContain("arcadia.example/slides", "arcadia.example/rec").contains("mailto:sofia@arcadia.example")
                .contains("href=\"" + unsubscribeUrl + "\"").contains("href=\"" + BASE + "/r/").contains("href='" + BASE + "/r/");
        assertThat(parts.text()).doesNotContain("arcadia.example/slides", "arcadia.example/more").contains("(" + unsubscribeUrl + ")")
                .contains(". Unsubscribe");
        String slides = token(parts.html(), 0);
        assertThat(links.link(slides)).hasValue(new TrackedLinks.Link(email, 1, "https://arcadia.example/slides?a=1&b=2"));
        assertThat(links.link(token(parts.html(), 1))).hasValue(new TrackedLinks.Link(email, 2, "http://arcadia.example/rec"));
        assertThat(token(parts.text(), 0)).as("the same link has the same token in both parts").isEqualTo(slides);
        assertThat(links.link(token(parts.text(), 1)).orElseThrow().url()).isEqualTo("https://arcadia.example/more");
    }

    @Test
    void aChangedOrMadeUpTokenIsNotALink() {
        String token = links.token(UUID.randomUUID(), 1, "https://arcadia.example/slides");
        String changed = token.substring(0, 30) + (token.charAt(30) == 'A' ? 'B' : 'A') + token.substring(31);
        String elsewhere = new TrackedLinks(new SigningKeys(null, null) {
            @Override
            byte[] sign(String purpose, byte[] data) {
                return new byte[MAC_BYTES];
            }
        }, unsubscribe).token(UUID.randomUUID(), 1, "https://evil.example/");

        assertThat(links.link(changed)).isEmpty();
        assertThat(links.link(elsewhere)).isEmpty();
        assertThat(links.link("not-a-token")).isEmpty();
        assertThat(links.link("%%%")).isEmpty();
        assertThat(links.link(token)).isPresent();
    }

    @Test
    void withoutABaseUrlLinksStayAsTheyAre() {
        TrackedLinks untracked = new TrackedLinks(keys, new UnsubscribeLinks(keys, properties(null)));
        String html = "<a href=\"https://arcadia.example/slides\">slides</a>";
        assertThat(untracked.track(UUID.randomUUID(), html, "https://arcadia.example/slides").html()).isEqualTo(html);
    }

    @Test
    void mailScannersAndPreviewersAreToldFromPeopleByTheirUserAgent() {
        for (String scanner : List.of("", " ", "Barracuda Sentinel (EE)", "Mozilla/5.0 (compatible; Mimecast URL Protect)",
                "Proofpoint URL Defense", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "HeadlessChrome/120.0.0.0 Safari/537.36",
                "Microsoft Office Existence Discovery", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "facebookexternalhit/1.1", "python-requests/2.31.0",
                "curl/8.4.0", "Go-http-client/1.1", "Java-http-client/21.0.5", "okhttp/4.12.0")) {
            assertThat(LinkScanners.isScanner(scanner)).as(scanner).isTrue();
        }
        assertThat(LinkScanners.isScanner(null)).as("no User-Agent at all").isTrue();
        for (String person : List.of(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
                        + "Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:120.0) Gecko/20100101 Firefox/120.0",
                "Mozilla/5.0 (Linux; Android 13; Cubot KingKong 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Mobile Safari/537.36")) {
            assertThat(LinkScanners.isScanner(person)).as(person).isFalse();
        }
    }

    private static String token(String content, int nth) {
        var m = java.util.regex.Pattern.compile("/r/([A-Za-z0-9_-]+)").matcher(content);
        for (int i = 0; i <= nth; i++) {
            assertThat(m.find()).as(content).isTrue();
        }
        return m.group(1);
    }
}
