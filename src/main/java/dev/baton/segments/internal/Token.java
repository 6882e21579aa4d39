package dev.baton.segments.internal;

/** A word, string, number, date or symbol of a query, with where it starts. */
record Token(Kind kind, String text, int position) {

    enum Kind { WORD, STRING, NUMBER, DATE, SYMBOL, END }

    boolean is(String word) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
    }

    String describe() {
        return switch (kind) {
            case END -> "the end of the query";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
