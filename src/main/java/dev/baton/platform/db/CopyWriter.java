package dev.baton.platform.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Bulk writes through PostgreSQL COPY, inside the caller's transaction. Values are written as CSV:
 * null as an empty field, text quoted, arrays as PostgreSQL array literals.
 */
@Component
public class CopyWriter {

    private final DataSource dataSource;

    CopyWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies rows into the table's columns; returns how many were written. */
    public long copy(String table, List<String> columns, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row[i]);
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder csv, Object value) {
        switch (value) {
            case null -> { }
            case Number n -> csv.append(n);
            case Boolean b -> csv.append(b);
            case UUID u -> csv.append(u);
            case Instant i -> csv.append(i);
            case String[] array -> quote(csv, arrayLiteral(array));
            default -> quote(csv, value.toString());
        }
    }

    private static void quote(StringBuilder csv, String text) {
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }

    private static String arrayLiteral(String[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
