package dev.baton.segments.internal;

import java.util.ArrayList;
import java.util.List;

import dev.baton.segments.QuerySyntaxException;

/** Splits a query into tokens, keeping each token's position for error messages. */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokens(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                StringBuilder text = new StringBuilder();
                while (end < query.length() && query.charAt(end) != c) {
                    if (query.charAt(end) == '\\' && end + 1 < query.length()) {
                        end++;
                    }
                    text.append(query.charAt(end));
                    end++;
                }
                if (end >= query.length()) {
                    throw new QuerySyntaxException(i, "Unclosed string", "a closing " + c);
                }
                tokens.add(new Token(Token.Kind.STRING, text.toString(), i));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < query.length() && Character.isDigit(query.charAt(i + 1)))) {
                int end = i + 1;
                while (end < query.length() && (Character.isDigit(query.charAt(end)) || query.charAt(end) == '.'
                        || query.charAt(end) == '-')) {
                    end++;
                }
                String text = query.substring(i, end);
                tokens.add(new Token(text.matches("\\d{4}-\\d{2}-\\d{2}") ? Token.Kind.DATE : Token.Kind.NUMBER, text, i));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < query.length() && (Character.isLetterOrDigit(query.charAt(end)) || query.charAt(end) == '_'
                        || query.charAt(end) == '.' || query.charAt(end) == '-')) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.WORD, query.substring(i, end), i));
                i = end;
            } else if ("<>!=".indexOf(c) >= 0) {
                int end = i + 1 < query.length() && query.charAt(i + 1) == '=' ? i + 2 : i + 1;
                String op = query.substring(i, end);
                if (op.equals("!")) {
                    throw new QuerySyntaxException(i, "Unexpected '!'", "'!='");
                }
                tokens.add(new Token(Token.Kind.SYMBOL, op, i));
                i = end;
            } else if ("(),".indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), i));
                i++;
            } else {
                throw new QuerySyntaxException(i, "Unexpected character '" + c + "'", "a field, a value or an operator");
            }
        }
        tokens.add(new Token(Token.Kind.END, "", query.length()));
        return tokens;
    }
}
