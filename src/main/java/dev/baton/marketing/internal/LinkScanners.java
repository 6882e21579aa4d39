package dev.baton.marketing.internal;

import java.util.List;
import java.util.Locale;

/**
 * Visitors of a tracked link that are not the person: mail security scanners that open every link
 * of an incoming email before it is shown (or while it is), link previewers and crawlers. They are
 * known by their User-Agent — none at all, or one naming a scanner — and are sent on like anyone,
 * but their visit is not a click (the README lists the names). A scanner posing as an ordinary
 * browser is not told apart; a person whose browser sends none of these names always is.
 */
public final class LinkScanners {

    /** Parts of a User-Agent (compared ignoring case) that name a scanner, previewer or crawler rather than a person's browser. */
    public static final List<String> AGENTS = List.of(
            // mail security gateways and link protection
            "barracuda", "mimecast", "proofpoint", "symantec", "trendmicro", "sophos", "fireeye", "forcepoint", "zscaler",
            "safelinks", "google-safety",
            // Microsoft Office checking a link before opening it
            "office existence discovery", "office protocol discovery",
            // search crawlers and chat link previews
            "googlebot", "bingbot", "bingpreview", "slackbot", "twitterbot", "linkedinbot", "facebookexternalhit", "discordbot",
            "telegrambot", "whatsapp", "skypeuripreview",
            // headless browsers and scripts, which scanners run
            "headlesschrome", "phantomjs", "python-requests", "python-urllib", "go-http-client", "java-http-client",
            "okhttp", "apache-httpclient", "curl/", "wget/");

    private LinkScanners() {
    }

    /** Whether a GET with this User-Agent comes from a scanner (no User-Agent at all counts as one). */
    public static boolean isScanner(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return AGENTS.stream().anyMatch(agent::contains);
    }
}
