package dev.baton.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;

/**
 * Which receivers a webhook may call: with private targets not allowed (the default), every address
 * on a private network is refused — by each address a host resolves to — and a document naming one
 * as numbers is refused when published. Host names are answered here by a fixed resolver.
 */
class WebhookTargetsTests {

    /** Host names and their addresses, as a DNS server would answer. */
    private static final Map<String, List<String>> DNS = Map.of(
            "partner.example", List.of("93.184.216.34", "2606:2800:220:1::1"),
            "split.example", List.of("93.184.216.34", "10.20.30.40"),
            "localhost", List.of("127.0.0.1", "::1"));

    private final WebhookTargets refusing = new WebhookTargets(false, WebhookTargetsTests::resolve);
    private final WebhookTargets allowing = new WebhookTargets(true, WebhookTargetsTests::resolve);

    @Test
    void everyKindOfPrivateAddressIsRefusedWithWhatItIsAndHowToAllowIt() throws Exception {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://127.0.0.1:8080/hook", "127.0.0.1 is a loopback address"),
                Map.entry("http://127.8.9.10/hook", "127.8.9.10 is a loopback address"),
                Map.entry("http://[::1]/hook", "0:0:0:0:0:0:0:1 is a loopback address"),
                Map.entry("http://10.1.2.3/hook", "10.1.2.3 is a private address"),
                Map.entry("http://172.16.0.9/hook", "172.16.0.9 is a private address"),
                Map.entry("http://172.31.255.1/hook", "172.31.255.1 is a private address"),
                Map.entry("https://192.168.1.20/hook", "192.168.1.20 is a private address"),
                Map.entry("http://[fd12:3456::1]/hook", "fd12:3456:0:0:0:0:0:1 is a private (unique local) address"),
                Map.entry("http://[fc00::5]/hook", "fc00:0:0:0:0:0:0:5 is a private (unique local) address"),
                Map.entry("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
                Map.entry("http://[fe80::1]/hook", "fe80:0:0:0:0:0:0:1 is a link-local address"),
                Map.entry("http://0.0.0.0:9000/hook", "0.0.0.0 is an unspecified address"),
                Map.entry("http://[::]/hook", "0:0:0:0:0:0:0:0 is an unspecified address"),
                Map.entry("http://224.0.0.1/hook", "224.0.0.1 is a multicast address"),
                Map.entry("http://[ff02::1]/hook", "ff02:0:0:0:0:0:0:1 is a multicast address"),
                Map.entry("http://[::ffff:169.254.169.254]/", "169.254.169.254 is a link-local address"),
                Map.entry("http://100.100.100.200/latest/meta-data/", "100.100.100.200 is a shared (carrier-grade NAT) address"),
                Map.entry("http://100.64.0.1/hook", "100.64.0.1 is a shared (carrier-grade NAT) address"),
                Map.entry("http://198.18.0.1/hook", "198.18.0.1 is a benchmarking network address"),
                Map.entry("http://192.0.0.170/hook", "192.0.0.170 is a protocol assignment address"),
                Map.entry("http://240.0.0.1/hook", "240.0.0.1 is a reserved or broadcast address"),
                Map.entry("http://255.255.255.255/hook", "255.255.255.255 is a reserved or broadcast address"),
                Map.entry("http://[64:ff9b::a9fe:a9fe]/", "64:ff9b:0:0:0:0:a9fe:a9fe is a link-local address"),
                Map.entry("http://[2002:a00:1::1]/", "2002:a00:1:0:0:0:0:1 is a private address"));
        for (var entry : refused.entrySet()) {
            assertThat(refusing.refusal(URI.create(entry.getKey()))).as(entry.getKey())
                    .hasValue(entry.getValue() + "; set BATON_WEBHOOKS_ALLOW_PRIVATE=true to allow private targets");
            assertThat(refusing.literalRefusal(entry.getKey())).as("at publication: " + entry.getKey()).isPresent();
            assertThat(allowing.refusal(URI.create(entry.getKey()))).as("allowed: " + entry.getKey()).isEmpty();
            assertThat(allowing.literalRefusal(entry.getKey())).isEmpty();
        }
        for (String url : List.of("http://93.184.216.34/hook", "https://[2606:2800:220:1::1]/hook", "http://172.32.0.1/",
                "http://100.128.0.1/", "http://198.20.0.1/", "http://[64:ff9b::5db8:d822]/", "http://[2002:5db8:d822::1]/",
                "https://partner.example/hooks/baton")) {
            assertThat(refusing.refusal(URI.create(url))).as(url).isEmpty();
        }
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsPrivate() throws Exception {
        assertThat(refusing.refusal(URI.create("https://split.example/hook"))).hasValue("split.example resolves to 10.20.30.40, "
                + "a private address; set BATON_WEBHOOKS_ALLOW_PRIVATE=true to allow private targets");
        assertThat(refusing.refusal(URI.create("http://localhost:8080/hook"))).hasValueSatisfying(why ->
                assertThat(why).startsWith("localhost resolves to 127.0.0.1, a loopback address;"));
        assertThat(refusing.refusal(URI.create("https://partner.example/hook"))).isEmpty();
        assertThat(allowing.refusal(URI.create("https://split.example/hook"))).isEmpty();
    }

    @Test
    void publishingChecksOnlyAddressesWrittenAsNumbersAndNamesTheStep() {
        WebhookTargets noLookups = new WebhookTargets(false, host -> {
            throw new AssertionError("publishing looked up " + host);
        });
        assertThat(noLookups.literalRefusal("https://split.example/hook")).isEmpty();
        assertThat(noLookups.literalRefusal("https://cafe.be/hook")).isEmpty();
        assertThat(noLookups.literalRefusal("ftp://10.0.0.1/drop")).as("not a webhook address: lint says so").isEmpty();

        ProcessDocument document = new ProcessDocument("erp-sync", "ERP sync", "L4", null, "sales-manager", "workflow", null, List.of(),
                List.of(), List.of(), List.of(
                        Step.action("tell-partner", "system", "Tell the partner", "webhook", Map.of("url", "https://partner.example/h")),
                        Step.action("tell-erp", "system", "Tell the ERP", "webhook", Map.of("url", "http://10.0.0.7:8080/erp")),
                        Step.action("tag", "system", "Tag them", "tag", Map.of("tag", "synced"))));
        var problems = WebhookTargetCheck.problems(document, noLookups);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo("steps[1].with.url");
        assertThat(problems.get(0).value()).isEqualTo("http://10.0.0.7:8080/erp");
        assertThat(problems.get(0).message()).isEqualTo("step tell-erp: 10.0.0.7 is a private address; "
                + "set BATON_WEBHOOKS_ALLOW_PRIVATE=true to allow private targets");
        assertThat(WebhookTargetCheck.problems(document, new WebhookTargets(true, host -> {
            throw new AssertionError("publishing looked up " + host);
        }))).as("private targets allowed").isEmpty();
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            // an address written as numbers is its own answer, as with the JVM's resolver
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        InetAddress[] resolved = new InetAddress[addresses.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = InetAddress.getByName(addresses.get(i));
        }
        return resolved;
    }
}
