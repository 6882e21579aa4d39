package dev.baton.processes;

/**
 * Something wrong with a process document, found on every save: an {@code error} blocks review, a
 * {@code warning} is shown.
 *
 * @param severity {@code error} or {@code warning}
 * @param code     what kind of problem, stable for the UI and tests ({@code dead-end}, {@code sla-invalid} …)
 * @param where    the path of the element in the document, as {@code steps[3].sla}, {@code lanes[1]} or {@code parent}
 * @param step     the key of the step concerned, or null
 * @param message  what is wrong and what is allowed, for a person to act on
 */
public record LintProblem(String severity, String code, String where, String step, String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public static LintProblem error(String code, String where, String step, String message) {
        return new LintProblem(ERROR, code, where, step, message);
    }

    public static LintProblem warning(String code, String where, String step, String message) {
        return new LintProblem(WARNING, code, where, step, message);
    }

    public boolean isError() {
        return ERROR.equals(severity);
    }
}
