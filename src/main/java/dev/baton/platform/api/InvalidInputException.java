package dev.baton.platform.api;

import java.util.List;

/** A request that names something wrongly: answered with 400 and the list of field problems. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String value, String message) {
        this(List.of(new FieldProblem(field, value, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
