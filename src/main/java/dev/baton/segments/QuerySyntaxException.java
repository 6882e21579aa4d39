package dev.baton.segments;

/** A query that cannot be read: where (0-based character position) and what was expected there. */
public class QuerySyntaxException extends RuntimeException {

    private final int position;
    private final String expected;

    public QuerySyntaxException(int position, String message, String expected) {
        super(message + " at position " + position + (expected == null ? "" : "; expected " + expected));
        this.position = position;
        this.expected = expected;
    }

    public int position() {
        return position;
    }

    public String expected() {
        return expected;
    }
}
