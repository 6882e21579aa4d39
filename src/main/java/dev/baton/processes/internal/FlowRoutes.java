package dev.baton.processes.internal;

import dev.baton.processes.Step;
import dev.baton.processes.internal.Layout.Point;
import dev.baton.processes.internal.Layout.StepBox;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orthogonal path of each flow. Paths run along a row's middle only where no step stands in the
 * way, turn in the gaps between columns, and otherwise go round along the free strip at the top of a
 * lane, so that no line crosses a shape. Every flow enters its target from the left; a gate's
 * branches leave from different corners of its diamond (right, top, bottom) so that each can carry
 * its label.
 */
final class FlowRoutes {

    /** How far below a lane's top edge the strip runs that lines take round the steps. */
    static final int CHANNEL = 12;

    private enum Port { RIGHT, TOP, BOTTOM }

    private final Set<String> taken;
    private final Map<StepBox, Set<Port>> used = new IdentityHashMap<>();

    FlowRoutes(Set<String> taken) {
        this.taken = taken;
    }

    List<Point> route(StepBox from, StepBox to, boolean loop) {
        if (loop) {
            used.computeIfAbsent(from, k -> EnumSet.noneOf(Port.class)).add(Port.RIGHT);
            // Back against the flow: out to the right, up or down to the top strip of the target's lane,
            // back along it and into the target from the left like any other flow.
            int gap = gapAfter(from);
            return alongStrip(channel(to.laneIndex()), to, right(from), new Point(gap, from.centerY()));
        }
        return switch (port(from, to)) {
            case RIGHT -> fromRight(from, to);
            case TOP -> fromTop(from, to);
            case BOTTOM -> fromBottom(from, to);
        };
    }

    private Port port(StepBox from, StepBox to) {
        String type = from.step().type();
        if (!Step.GATE.equals(type) && !Step.PARALLEL.equals(type)) {
            return Port.RIGHT;
        }
        Set<Port> ports = used.computeIfAbsent(from, k -> EnumSet.noneOf(Port.class));
        Port vertical = to.laneIndex() > from.laneIndex() ? Port.BOTTOM : Port.TOP;
        Port chosen = ports.isEmpty() || ports.contains(vertical) && !ports.contains(Port.RIGHT) ? Port.RIGHT : vertical;
        ports.add(chosen);
        return chosen;
    }

    private List<Point> fromRight(StepBox from, StepBox to) {
        int a = from.laneIndex();
        int b = to.laneIndex();
        if (a == b && clearRow(a, from.column(), to.column())) {
            return List.of(right(from), left(to));
        }
        if (a != b && clearRow(a, from.column(), to.column())) {
            int gap = gapBefore(to);
            return List.of(right(from), new Point(gap, from.centerY()), new Point(gap, to.centerY()), left(to));
        }
        int gap = gapAfter(from);
        if (a != b && clearRow(b, from.column(), to.column())) {
            return List.of(right(from), new Point(gap, from.centerY()), new Point(gap, to.centerY()), left(to));
        }
        return alongStrip(channel(b), to, right(from), new Point(gap, from.centerY()));
    }

    private List<Point> fromTop(StepBox from, StepBox to) {
        int a = from.laneIndex();
        int b = to.laneIndex();
        Point start = new Point(from.centerX(), from.y());
        if (a != b && clearColumn(from.column(), b, a) && clearRow(b, from.column(), to.column())) {
            return List.of(start, new Point(from.centerX(), to.centerY()), left(to));
        }
        return alongStrip(channel(a), to, start);
    }

    private List<Point> fromBottom(StepBox from, StepBox to) {
        int a = from.laneIndex();
        int b = to.laneIndex();
        Point start = new Point(from.centerX(), from.y() + from.height());
        if (clearColumn(from.column(), a + 1, b + 1) && clearRow(b, from.column(), to.column())) {
            return List.of(start, new Point(from.centerX(), to.centerY()), left(to));
        }
        return alongStrip(channel(a + 1), to, start);
    }

    /**
     * A path that goes from its first points to the strip at {@code y}, along it to the gap before the
     * target, and from there into the target's left side: a way round whatever stands in its row.
     */
    private static List<Point> alongStrip(int y, StepBox to, Point... start) {
        List<Point> path = new ArrayList<>(List.of(start));
        Point last = path.get(path.size() - 1);
        int gap = gapBefore(to);
        path.add(new Point(last.x(), y));
        path.add(new Point(gap, y));
        path.add(new Point(gap, to.centerY()));
        path.add(left(to));
        return List.copyOf(path);
    }

    /** Whether no step stands in a lane between two columns (both left out). */
    private boolean clearRow(int lane, int fromColumn, int toColumn) {
        for (int c = fromColumn + 1; c < toColumn; c++) {
            if (taken.contains(lane + ":" + c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether no step stands in a column in the lanes from {@code first} up to but not including {@code last}. */
    private boolean clearColumn(int column, int first, int last) {
        for (int l = first; l < last; l++) {
            if (taken.contains(l + ":" + column)) {
                return false;
            }
        }
        return true;
    }

    private static Point right(StepBox box) {
        return new Point(box.x() + box.width(), box.centerY());
    }

    private static Point left(StepBox box) {
        return new Point(box.x(), box.centerY());
    }

    private static int gapBefore(StepBox box) {
        return Layout.HEADER + box.column() * Layout.COLUMN;
    }

    private static int gapAfter(StepBox box) {
        return Layout.HEADER + (box.column() + 1) * Layout.COLUMN;
    }

    private static int channel(int lane) {
        return lane * Layout.ROW + CHANNEL;
    }
}
