package dev.baton.marketing.web;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;

import dev.baton.marketing.internal.LinkClicks;
import dev.baton.marketing.internal.LinkScanners;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a tracked link in an email leads: the click is recorded and the browser sent on (302) to the
 * address the email linked to. A token Baton did not sign is a plain 404 page, never a redirect.
 * Mail scanners that open links before the person does are sent on too, but are not the person's
 * click: a HEAD request records nothing, and a GET from a known scanner (or with no User-Agent at
 * all) is recorded as a scan, not on the timeline and reaching no goal.
 */
@Controller
class TrackedLinkRedirect {

    private final LinkClicks clicks;

    TrackedLinkRedirect(LinkClicks clicks) {
        this.clicks = clicks;
    }

    @RequestMapping(path = "/r/{token}", method = {RequestMethod.GET, RequestMethod.HEAD})
    ModelAndView follow(@PathVariable String token, @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String agent,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<String> followed = RequestMethod.HEAD.name().equals(request.getMethod()) ? clicks.destination(token)
                : LinkScanners.isScanner(agent) ? clicks.scanned(token, agent)
                : clicks.follow(token);
        String url = followed.filter(u -> u.regionMatches(true, 0, "http", 0, 4)).orElse(null);
        if (url == null) {
            return new ModelAndView("marketing/unknown-link", HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.FOUND.value());
        response.setHeader(HttpHeaders.LOCATION, url);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return null; // the response is complete: a redirect without a body
    }
}
