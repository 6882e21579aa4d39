package dev.baton.processes;

/**
 * Something lint found in a document: an {@code error} blocks review and publishing, a {@code warning}
 * is shown. {@code where} points into the document ({@code steps[3].sla}), {@code step} names the
 * step's key when the problem is about one.
 */
public record LintProblem(String severity, String code, String where, String step, String message) {

    public boolean isError() {
        return "error".equals(severity);
    }
}
