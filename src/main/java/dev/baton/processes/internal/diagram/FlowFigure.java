package dev.baton.processes.internal.diagram;

import dev.baton.processes.internal.Layout;
import dev.baton.processes.internal.Layout.Flow;
import dev.baton.processes.internal.Layout.Point;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow drawn along its path with an arrowhead at the end. A hand-off to another lane is a dashed
 * blue line, a loop back to an earlier step a brown one; a gate's branch carries its label where it
 * leaves the gate.
 */
final class FlowFigure {

    private static final double HEAD_LENGTH = 9;
    private static final double HEAD_HALF_WIDTH = 4;

    private FlowFigure() {
    }

    static Style style(boolean handoff, boolean loop) {
        Style line = Style.line(loop ? Palette.LOOP : handoff ? Palette.HANDOFF : Palette.FLOW, Palette.FLOW_WIDTH);
        return handoff ? line.dashed(6, 4) : line;
    }

    static void draw(Canvas canvas, Flow flow) {
        List<Point> points = flow.points();
        if (points.size() < 2) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("from", flow.from() == null ? "" : flow.from());
        data.put("to", flow.to() == null ? "" : flow.to());
        data.put("handoff", Boolean.toString(flow.handoff()));
        data.put("loop", Boolean.toString(flow.loop()));
        canvas.open(Group.of(data));
        Style line = style(flow.handoff(), flow.loop());
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).x();
            xy[2 * i + 1] = points.get(i).y();
        }
        Point last = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        // The line stops where the arrowhead starts, so a dashed line does not show through its tip.
        double[] end = towards(last, before, HEAD_LENGTH - 1);
        xy[xy.length - 2] = end[0];
        xy[xy.length - 1] = end[1];
        canvas.polyline(xy, line);
        arrowhead(canvas, before.x(), before.y(), last.x(), last.y(), Style.fill(line.stroke()));
        if (flow.label() != null && !flow.label().isBlank()) {
            label(canvas, flow.label(), points.get(0), points.get(1));
        }
        canvas.close();
    }

    /** A filled arrowhead with its tip at (x2, y2), pointing away from (x1, y1). */
    static void arrowhead(Canvas canvas, double x1, double y1, double x2, double y2, Style style) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = length == 0 ? 1 : (x2 - x1) / length;
        double uy = length == 0 ? 0 : (y2 - y1) / length;
        double bx = x2 - ux * HEAD_LENGTH;
        double by = y2 - uy * HEAD_LENGTH;
        canvas.polygon(new double[] {x2, y2, bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH, bx + uy * HEAD_HALF_WIDTH,
                by - ux * HEAD_HALF_WIDTH}, style);
    }

    /** The branch label beside the first stretch of the line: above it going right, beside it going up or down. */
    private static void label(Canvas canvas, String text, Point start, Point next) {
        TextStyle type = Palette.BRANCH;
        double x = start.x() + 5;
        double y = start.y() - 5;
        if (next.y() > start.y()) {
            // Down from a gateway's bottom corner: left of the line, since the gateway's name is on its right.
            type = type.anchored(TextStyle.Anchor.END);
            x = start.x() - 5;
            y = start.y() + 13;
        } else if (next.y() < start.y()) {
            y = start.y() - 4;
        }
        canvas.text(x, y, TextFit.line(text, Layout.COLUMN / 2.0 - 8, type), type);
    }

    private static double[] towards(Point from, Point to, double distance) {
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        if (length <= distance) {
            return new double[] {from.x(), from.y()};
        }
        return new double[] {from.x() + (to.x() - from.x()) * distance / length, from.y() + (to.y() - from.y()) * distance / length};
    }
}
