package dev.baton.processes.internal.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The strip under the lanes that says what the kinds of line and the red outline mean: only those the
 * diagram shows, and only as many as fit its width.
 */
final class Legend {

    static final int HEIGHT = 30;

    private static final double SAMPLE = 30;
    private static final double SPACING = 22;
    private static final double INDENT = 10;

    /** What the diagram shows that the legend explains. */
    record Shown(boolean flows, boolean handoffs, boolean loops, boolean flagged) {
    }

    private record Entry(Style line, String text) {
    }

    private Legend() {
    }

    static void draw(Canvas canvas, double top, double width, Shown shown) {
        List<Entry> entries = new ArrayList<>();
        if (shown.flows()) {
            entries.add(new Entry(FlowFigure.style(false, false), "Flow"));
        }
        if (shown.handoffs()) {
            entries.add(new Entry(FlowFigure.style(true, false), "Hand-off to another lane"));
        }
        if (shown.loops()) {
            entries.add(new Entry(FlowFigure.style(false, true), "Back to an earlier step"));
        }
        if (shown.flagged()) {
            entries.add(new Entry(null, "Needs attention"));
        }
        canvas.open(Group.of(Map.of("legend", "true")));
        double mid = top + HEIGHT / 2.0;
        double x = INDENT;
        for (Entry entry : entries) {
            double textX = x + SAMPLE + 6;
            double end = textX + TextFit.width(entry.text(), Palette.LEGEND);
            if (end > width - INDENT) {
                break;
            }
            if (entry.line() == null) {
                canvas.rect(x + 4, mid - 7, SAMPLE - 8, 14, 4, Style.filled(Palette.SHAPE_FILL, Palette.FLAGGED, Palette.FLAGGED_WIDTH));
            } else {
                canvas.polyline(new double[] {x, mid, x + SAMPLE - 8, mid}, entry.line());
                FlowFigure.arrowhead(canvas, x, mid, x + SAMPLE, mid, Style.fill(entry.line().stroke()));
            }
            canvas.text(textX, mid + 4, entry.text(), Palette.LEGEND);
            x = end + SPACING;
        }
        canvas.close();
    }
}
