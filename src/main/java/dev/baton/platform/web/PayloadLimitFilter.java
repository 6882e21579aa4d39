package dev.baton.platform.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses request bodies over the limit (BATON_MAX_REQUEST_SIZE) with 413 before anything reads them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PayloadLimitFilter extends OncePerRequestFilter {

    private final long limit;

    PayloadLimitFilter(@Value("${baton.max-request-size:16MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit || (length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))
                && !String.valueOf(request.getContentType()).startsWith("multipart/"))) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than " + DataSize.ofBytes(limit).toMegabytes()
                    + " MB (or has no length); split it into several requests.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
