package dev.baton.segments.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.baton.segments.QuerySyntaxException;

/** A query that does not read: 400 with the position and what was expected there. */
@RestControllerAdvice(basePackageClasses = QueryProblems.class)
class QueryProblems {

    @ExceptionHandler
    ProblemDetail syntax(QuerySyntaxException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Query does not read");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("position", e.position());
        problem.setProperty("expected", e.expected());
        return problem;
    }
}
