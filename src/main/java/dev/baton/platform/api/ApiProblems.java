package dev.baton.platform.api;

import java.net.URI;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Every API error as RFC 9457 problem+json: a title, a detail a person can act on and, for bad
 * input, an {@code errors} list of field, value and what is allowed.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage()), e.problems());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail body = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        if (!e.errors().isEmpty()) {
            body.setProperty("errors", e.errors());
        }
        return body;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "A record with the same unique value already exists.");
    }

    @ExceptionHandler
    ProblemDetail stale(StaleVersionException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        // Spring's own refusals say only "Access Denied"; Baton's say whose decision it is.
        String message = e.getMessage() == null || e.getMessage().equals("Access Denied")
                ? "Your roles do not grant the permission this request needs." : e.getMessage();
        return problem(HttpStatus.FORBIDDEN, "Forbidden", message);
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request", "'" + e.getName() + "' has a value of the wrong type"),
                List.of(new FieldProblem(e.getName(), value, "is not a valid "
                        + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getRejectedValue() == null ? null : String.valueOf(f.getRejectedValue()),
                        f.getDefaultMessage()))
                .toList();
        ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid request")),
                errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(),
                        r.getArgument() == null ? null : String.valueOf(r.getArgument()), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "Some parameters are not valid"), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON for this request.";
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException json) {
            TokenStreamLocation at = json.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            detail = "The request body could not be read" + where + ": " + json.getOriginalMessage();
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            detail = "The request needs a JSON body.";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
