package dev.baton.identity.internal;

import java.io.IOException;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a sign-in attempt with 429 and Retry-After while the account or address must wait. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.wait(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many sign-in attempts · Baton</title>
                <link rel="stylesheet" href="/css/baton.css"></head><body class="signin"><main class="card">
                <h1>Too many sign-in attempts</h1><p>There were too many failed sign-ins for %s from here.
                Try again in %s.</p><p><a href="/login">Back to sign in</a></p></main></body></html>"""
                .formatted(HtmlUtils.htmlEscape(String.valueOf(request.getParameter("username"))), describe(Duration.ofSeconds(seconds))));
    }

    static String describe(Duration wait) {
        long s = wait.toSeconds();
        return s < 90 ? s + " seconds" : (s + 59) / 60 + " minutes";
    }
}
