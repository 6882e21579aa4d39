package dev.baton.segments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.baton.segments.QuerySyntaxException;

/**
 * Reads the query language:
 * <pre>
 * query     := and ("or" and)*
 * and       := unary ("and" unary)*
 * unary     := "not" unary | "(" query ")" | condition
 * condition := field op value | field ["not"] "in" "(" value ("," value)* ")" | field "contains" value
 *            | "activity" "(" type ["," "last" N ("days"|"weeks"|"months")] ")" op N
 *            | ["in"] "segment" string
 *            | "term" string
 * op        := = | != | &lt; | &lt;= | &gt; | &gt;=
 * </pre>
 */
final class Parser {

    private static final Set<String> OPS = Set.of("=", "!=", "<", "<=", ">", ">=");

    private final List<Token> tokens;
    private int next;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException(0, "The query is empty", "a condition such as lifecycle >= lead");
        }
        Parser parser = new Parser(Lexer.tokens(query));
        Query parsed = parser.or();
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw new QuerySyntaxException(end.position(), "Unexpected " + end.describe(), "'and', 'or' or the end of the query");
        }
        return parsed;
    }

    private Query or() {
        List<Query> parts = new ArrayList<>(List.of(and()));
        while (peek().is("or")) {
            next++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.Or(parts);
    }

    private Query and() {
        List<Query> parts = new ArrayList<>(List.of(unary()));
        while (peek().is("and")) {
            next++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    private Query unary() {
        Token token = peek();
        if (token.is("not")) {
            next++;
            return new Query.Not(unary());
        }
        if (token.is("(")) {
            next++;
            Query inner = or();
            expect(")", "')'");
            return inner;
        }
        return condition();
    }

    private Query condition() {
        Token field = take();
        if (field.kind() != Token.Kind.WORD) {
            throw new QuerySyntaxException(field.position(), "Unexpected " + field.describe(),
                    "a field (lifecycle, tag, owner, custom.<field> …), 'activity(…)', 'segment \"name\"', 'not' or '('");
        }
        if (field.is("activity") && peek().is("(")) {
            return activity();
        }
        if (field.is("segment") || (field.is("in") && peek().is("segment"))) {
            if (field.is("in")) {
                next++;
            }
            Token name = take();
            if (name.kind() != Token.Kind.STRING) {
                throw new QuerySyntaxException(name.position(), "Unexpected " + name.describe(), "the saved search's name in quotes");
            }
            return new Query.SavedSearch(name);
        }
        if (field.is("term") && peek().kind() == Token.Kind.STRING) {
            return new Query.Term(take());
        }
        Token op = take();
        if (op.is("not") && peek().is("in")) {
            next++;
            return new Query.Not(new Query.Condition(field, "in", list()));
        }
        if (op.is("in")) {
            return new Query.Condition(field, "in", list());
        }
        if (op.is("contains")) {
            return new Query.Condition(field, "contains", List.of(value()));
        }
        if (op.kind() != Token.Kind.SYMBOL || !OPS.contains(op.text())) {
            throw new QuerySyntaxException(op.position(), "Unexpected " + op.describe() + " after " + field.text(),
                    "an operator: =, !=, <, <=, >, >=, in, not in, contains");
        }
        return new Query.Condition(field, op.text(), List.of(value()));
    }

    private Query activity() {
        expect("(", "'('");
        Token type = take();
        if (type.kind() != Token.Kind.WORD) {
            throw new QuerySyntaxException(type.position(), "Unexpected " + type.describe(), "an activity type such as email.clicked");
        }
        int days = 0;
        if (peek().is(",")) {
            next++;
            expect("last", "'last'");
            Token n = take();
            if (n.kind() != Token.Kind.NUMBER) {
                throw new QuerySyntaxException(n.position(), "Unexpected " + n.describe(), "a number of days, weeks or months");
            }
            Token unit = take();
            int per = switch (unit.text().toLowerCase()) {
                case "day", "days" -> 1;
                case "week", "weeks" -> 7;
                case "month", "months" -> 30;
                default -> throw new QuerySyntaxException(unit.position(), "Unexpected " + unit.describe(), "days, weeks or months");
            };
            days = Integer.parseInt(n.text()) * per;
        }
        expect(")", "')'");
        Token op = take();
        if (op.kind() != Token.Kind.SYMBOL || !OPS.contains(op.text())) {
            throw new QuerySyntaxException(op.position(), "Unexpected " + op.describe(), "a comparison such as >= 2");
        }
        Token count = take();
        if (count.kind() != Token.Kind.NUMBER) {
            throw new QuerySyntaxException(count.position(), "Unexpected " + count.describe(), "a number");
        }
        return new Query.ActivityCount(type, days, op.text(), count);
    }

    private List<Token> list() {
        expect("(", "'(' and a list of values");
        List<Token> values = new ArrayList<>(List.of(value()));
        while (peek().is(",")) {
            next++;
            values.add(value());
        }
        expect(")", "',' or ')'");
        return values;
    }

    private Token value() {
        Token value = take();
        if (value.kind() == Token.Kind.END || value.kind() == Token.Kind.SYMBOL || value.is("and") || value.is("or") || value.is("not")) {
            throw new QuerySyntaxException(value.position(), "Unexpected " + value.describe(), "a value: \"text\", a number, a date or a name");
        }
        return value;
    }

    private void expect(String symbol, String expected) {
        Token token = take();
        if (!token.is(symbol)) {
            throw new QuerySyntaxException(token.position(), "Unexpected " + token.describe(), expected);
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }
}
