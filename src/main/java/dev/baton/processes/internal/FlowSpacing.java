package dev.baton.processes.internal;

import dev.baton.processes.internal.Layout.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps lines that share a gap between columns, or a lane's top strip, from lying on top of one
 * another: the middle stretches of paths that overlap are moved apart, sideways within the gap or
 * down within the strip. The first and last stretch of a path stay where they are, since they meet
 * the steps.
 */
final class FlowSpacing {

    /** How far apart lines run that would otherwise lie on top of each other. */
    private static final int SPACING = 8;

    /** The furthest a line moves sideways from the middle of a gap, which keeps it clear of the boxes either side. */
    private static final int MOST = (Layout.COLUMN - Layout.TASK_WIDTH) / 2 - 4;

    private FlowSpacing() {
    }

    /** The paths with the middle stretches that would run on top of one another moved apart. */
    static List<List<Point>> spread(List<List<Point>> paths) {
        List<List<Point>> moved = new ArrayList<>();
        paths.forEach(path -> moved.add(new ArrayList<>(path)));
        spreadAlong(moved, true);
        spreadAlong(moved, false);
        return moved.stream().map(List::copyOf).toList();
    }

    /**
     * A middle stretch of a path: its line (x or y), where it starts and ends along that line, and its
     * place in the path. The points are read when it is found; moving it changes the path, not this.
     */
    private record Stretch(List<Point> path, int index, int line, int from, int to) {

        boolean overlaps(Stretch other) {
            return line == other.line && from <= other.to && other.from <= to;
        }

        /**
         * Which side of a gap the stretch belongs on: one coming straight from the step on the left goes
         * left, one going straight into the step on the right goes right, so neither runs along the other
         * where they meet a row's middle.
         */
        int side() {
            return (index == 1 ? -1 : 0) + (index + 2 == path.size() - 1 ? 1 : 0);
        }
    }

    private static void spreadAlong(List<List<Point>> paths, boolean vertical) {
        List<Stretch> stretches = new ArrayList<>();
        for (List<Point> path : paths) {
            for (int i = 1; i + 2 < path.size(); i++) {
                Point a = path.get(i);
                Point b = path.get(i + 1);
                if (vertical && a.x() == b.x()) {
                    stretches.add(new Stretch(path, i, a.x(), Math.min(a.y(), b.y()), Math.max(a.y(), b.y())));
                } else if (!vertical && a.y() == b.y()) {
                    stretches.add(new Stretch(path, i, a.y(), Math.min(a.x(), b.x()), Math.max(a.x(), b.x())));
                }
            }
        }
        boolean[] placed = new boolean[stretches.size()];
        for (int first = 0; first < stretches.size(); first++) {
            if (placed[first]) {
                continue;
            }
            // The stretches that overlap this one, directly or through one another, share out the room.
            List<Stretch> bunch = new ArrayList<>();
            bunch.add(stretches.get(first));
            placed[first] = true;
            for (int i = 0; i < bunch.size(); i++) {
                for (int j = first + 1; j < stretches.size(); j++) {
                    if (!placed[j] && stretches.get(j).overlaps(bunch.get(i))) {
                        bunch.add(stretches.get(j));
                        placed[j] = true;
                    }
                }
            }
            if (bunch.size() < 2) {
                continue;
            }
            if (vertical) {
                bunch.sort(Comparator.comparingInt(Stretch::side));
            }
            for (int k = 0; k < bunch.size(); k++) {
                // Sideways, spread evenly round the gap; down, within the strip above the steps.
                int offset = vertical ? Math.clamp((2 * k - (bunch.size() - 1)) * SPACING / 2, -MOST, MOST) : Math.min(k, 2) * SPACING;
                move(bunch.get(k), vertical, offset);
            }
        }
    }

    private static void move(Stretch stretch, boolean vertical, int offset) {
        for (int i = stretch.index(); i <= stretch.index() + 1; i++) {
            Point p = stretch.path().get(i);
            stretch.path().set(i, vertical ? new Point(p.x() + offset, p.y()) : new Point(p.x(), p.y() + offset));
        }
    }
}
