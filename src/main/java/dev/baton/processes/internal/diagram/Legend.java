package dev.baton.processes.internal.diagram;

/** The strip under the lanes that says what the kinds of line (and the red outline) mean. */
final class Legend {

    static final int HEIGHT = 30;

    private static final double SAMPLE = 30;
    private static final double SPACING = 22;

    private Legend() {
    }

    static void draw(Canvas canvas, double top, boolean loops, boolean flagged) {
        canvas.open(Group.of(java.util.Map.of("legend", "true")));
        double baseline = top + HEIGHT / 2.0 + 4;
        double mid = top + HEIGHT / 2.0;
        double x = 10;
        x = line(canvas, x, mid, baseline, FlowFigure.style(false, false), "Flow");
        x = line(canvas, x, mid, baseline, FlowFigure.style(true, false), "Hand-off to another lane");
        if (loops) {
            x = line(canvas, x, mid, baseline, FlowFigure.style(false, true), "Back to an earlier step");
        }
        if (flagged) {
            canvas.rect(x, mid - 7, 22, 14, 4, Style.filled(Palette.SHAPE_FILL, Palette.FLAGGED, Palette.FLAGGED_WIDTH));
            canvas.text(x + 28, baseline, "Needs attention", Palette.LEGEND);
        }
        canvas.close();
    }

    private static double line(Canvas canvas, double x, double mid, double baseline, Style style, String text) {
        canvas.polyline(new double[] {x, mid, x + SAMPLE - 8, mid}, style);
        FlowFigure.arrowhead(canvas, x, mid, x + SAMPLE, mid, Style.fill(style.stroke()));
        canvas.text(x + SAMPLE + 6, baseline, text, Palette.LEGEND);
        return x + SAMPLE + 6 + TextFit.width(text, Palette.LEGEND) + SPACING;
    }
}
