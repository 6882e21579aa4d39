package dev.baton.platform.api;

import java.util.Map;
import java.util.UUID;

/**
 * A list's sort order for keyset paging: {@code sort=name} or {@code sort=-updated}, from a fixed
 * set of fields, each a SQL expression the list's module owns (a caller's text never reaches SQL).
 * Ties break on the id, so every order is total and a cursor (the id of the last row) resumes it
 * exactly, even when rows are added meanwhile.
 */
public record KeysetSort(String field, String expression, boolean descending) {

    /**
     * Reads {@code sort} against the fields a list offers (field name → SQL expression on the row
     * alias); null or blank gives {@code fallback}. An unknown field is a 400 naming the choices.
     */
    public static KeysetSort parse(String sort, Map<String, String> fields, String fallback) {
        String given = sort == null || sort.isBlank() ? fallback : sort.trim();
        boolean descending = given.startsWith("-");
        String field = descending ? given.substring(1) : given;
        String expression = fields.get(field);
        if (expression == null) {
            throw new InvalidInputException("sort", sort, "must be one of " + String.join(", ", fields.keySet().stream().sorted().toList())
                    + ", with a leading - for descending order");
        }
        return new KeysetSort(field, expression, descending);
    }

    /** The ORDER BY clause for rows aliased {@code alias}. */
    public String orderBy(String alias) {
        String direction = descending ? " desc" : "";
        return " order by " + expression + direction + ", " + alias + ".id" + direction;
    }

    /**
     * The condition that keeps only rows after the cursor's row, as SQL with the named parameter
     * {@code :after} (the last row's id); true on the first page. {@code table} is the table the
     * alias stands for. A cursor whose row has since been deleted ends the list.
     */
    public String after(String table, String alias) {
        String key = expression.replace(alias + ".", "k.");
        String compare = descending ? " < " : " > ";
        return "(cast(:after as uuid) is null or (" + expression + ", " + alias + ".id)" + compare
                + "(select " + key + ", k.id from " + table + " k where k.id = :after))";
    }

    /** The id a cursor of this list stands for, or null on the first page. */
    public static UUID cursor(String cursor) {
        return CursorPage.decodeId(cursor);
    }
}
