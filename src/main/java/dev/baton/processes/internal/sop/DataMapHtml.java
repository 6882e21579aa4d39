package dev.baton.processes.internal.sop;

import dev.baton.processes.internal.sop.DataMap.Field;
import dev.baton.processes.internal.sop.DataMap.StepRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data map as an HTML fragment to embed in a page: a table of fields against the steps that use
 * them, grouped by lane, R where a step reads a field and W where it writes it, and the fields
 * written and never read or read and never written flagged in the table and listed below it.
 */
public final class DataMapHtml {

    /** A column heading: a lane over its steps. */
    public record Group(String name, int span) {
    }

    /** A step's column heading. */
    public record Column(String name, String title) {
    }

    /** A field's row: R, W or RW under each step, and its flag if it has one. */
    public record Row(String field, String flag, String flagClass, List<String> cells) {
    }

    /** A flagged field with the steps that use it. */
    public record Flag(String field, String flag, String steps) {
    }

    private DataMapHtml() {
    }

    public static String render(DataMap map) {
        List<StepRef> steps = map.steps();
        boolean documents = steps.stream().map(StepRef::document).distinct().count() > 1;
        List<Group> groups = map.lanes().stream().map(l -> new Group(l.name(), l.steps().size())).toList();
        List<Column> columns = steps.stream()
                .map(s -> new Column(documents ? s.documentName() + ": " + s.stepName() : s.stepName(), s.documentName() + ", step " + s.step()))
                .toList();
        List<Row> rows = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        for (Field field : map.fields()) {
            List<String> cells = steps.stream().map(s -> (field.isReadBy(s) ? "R" : "") + (field.isWrittenBy(s) ? "W" : "")).toList();
            String flag = flag(field);
            String flagClass = field.writtenNeverRead() ? "written-never-read" : field.readNeverWritten() ? "read-never-written" : null;
            rows.add(new Row(field.name(), flag, flagClass, cells));
            if (flag != null) {
                List<StepRef> by = field.writtenNeverRead() ? field.writtenBy() : field.readBy();
                flags.add(new Flag(field.name(), flag, by.stream().map(s -> s.stepName() + " (" + s.laneName() + ")")
                        .collect(Collectors.joining(", "))));
            }
        }
        return SopTemplates.render("processes/data-map",
                Map.of("groups", groups, "columns", columns, "rows", rows, "flags", flags));
    }

    private static String flag(Field field) {
        if (field.writtenNeverRead()) {
            return "written, never read";
        }
        return field.readNeverWritten() ? "read, never written" : null;
    }
}
