package dev.baton.processes.internal.diagram;

/** The small BPMN marks inside shapes: who does a task, the gear of an automated one, the clock of a wait. */
final class Markers {

    private static final Style MARK = Style.filled(Palette.MUTED, null, 0);
    private static final Style MARK_LINE = Style.line(Palette.MUTED, 1.2);

    private Markers() {
    }

    /** A person: head and shoulders in a 14 pixel square from its top left corner. */
    static void user(Canvas canvas, double x, double y) {
        canvas.circle(x + 7, y + 4, 3.2, MARK);
        canvas.polygon(new double[] {x + 1, y + 14, x + 1, y + 11.5, x + 3, y + 8.8, x + 11, y + 8.8, x + 13, y + 11.5, x + 13, y + 14},
                MARK);
    }

    /** A gear of eight teeth round its centre. */
    static void gear(Canvas canvas, double cx, double cy) {
        double[] points = new double[8 * 4 * 2];
        int at = 0;
        for (int tooth = 0; tooth < 8; tooth++) {
            double a = Math.toRadians(tooth * 45);
            double[] angles = {a - 0.2, a + 0.2, a + 0.3, a + 0.485};
            double[] radii = {6.8, 6.8, 4.9, 4.9};
            for (int i = 0; i < 4; i++) {
                points[at++] = cx + radii[i] * Math.cos(angles[i]);
                points[at++] = cy + radii[i] * Math.sin(angles[i]);
            }
        }
        canvas.polygon(points, MARK);
        canvas.circle(cx, cy, 2.2, Style.fill(Palette.SHAPE_FILL));
    }

    /** The [+] of a collapsed subprocess, a 12 pixel square centred on {@code cx}. */
    static void expand(Canvas canvas, double cx, double top) {
        canvas.rect(cx - 6, top, 12, 12, 0, Style.filled(Palette.SHAPE_FILL, Palette.OUTLINE, 1));
        canvas.polyline(new double[] {cx - 3.5, top + 6, cx + 3.5, top + 6}, Style.line(Palette.OUTLINE, 1.3));
        canvas.polyline(new double[] {cx, top + 2.5, cx, top + 9.5}, Style.line(Palette.OUTLINE, 1.3));
    }

    /** A clock face with hands at ten past twelve. */
    static void clock(Canvas canvas, double cx, double cy, double r) {
        canvas.circle(cx, cy, r, Style.filled(Palette.SHAPE_FILL, Palette.OUTLINE, 1.1));
        for (int hour = 0; hour < 12; hour += 3) {
            double a = Math.toRadians(hour * 30);
            canvas.polyline(new double[] {cx + r * 0.72 * Math.sin(a), cy - r * 0.72 * Math.cos(a), cx + r * 0.95 * Math.sin(a),
                    cy - r * 0.95 * Math.cos(a)}, MARK_LINE);
        }
        canvas.polyline(new double[] {cx, cy - r * 0.65, cx, cy, cx + r * 0.45, cy - r * 0.25}, Style.line(Palette.OUTLINE, 1.2));
    }

    /** The X of an exclusive gateway. */
    static void cross(Canvas canvas, double cx, double cy) {
        Style bar = Style.line(Palette.OUTLINE, 3);
        canvas.polyline(new double[] {cx - 7, cy - 7, cx + 7, cy + 7}, bar);
        canvas.polyline(new double[] {cx - 7, cy + 7, cx + 7, cy - 7}, bar);
    }

    /** The + of a parallel gateway. */
    static void plus(Canvas canvas, double cx, double cy) {
        Style bar = Style.line(Palette.OUTLINE, 3);
        canvas.polyline(new double[] {cx - 9, cy, cx + 9, cy}, bar);
        canvas.polyline(new double[] {cx, cy - 9, cx, cy + 9}, bar);
    }
}
