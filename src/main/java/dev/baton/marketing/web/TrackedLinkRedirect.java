package dev.baton.marketing.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import dev.baton.marketing.internal.LinkClicks;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a tracked link in an email leads: the click is recorded and the browser sent on (302) to the
 * address the email linked to. A token Baton did not sign is a plain 404 page, never a redirect.
 */
@Controller
class TrackedLinkRedirect {

    private final LinkClicks clicks;

    TrackedLinkRedirect(LinkClicks clicks) {
        this.clicks = clicks;
    }

    @GetMapping("/r/{token}")
    ModelAndView follow(@PathVariable String token, HttpServletResponse response) {
        String url = clicks.follow(token).filter(u -> u.regionMatches(true, 0, "http", 0, 4)).orElse(null);
        if (url == null) {
            return new ModelAndView("marketing/unknown-link", HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.FOUND.value());
        response.setHeader(HttpHeaders.LOCATION, url);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return null; // the response is complete: a redirect without a body
    }
}
