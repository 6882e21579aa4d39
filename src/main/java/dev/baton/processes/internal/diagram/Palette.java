package dev.baton.processes.internal.diagram;

import dev.baton.processes.Lane;

/** The diagram's colours, line widths and type sizes, in one place so the three formats agree. */
final class Palette {

    static final String INK = "#1f2933";
    static final String MUTED = "#5f6b76";
    static final String OUTLINE = "#37414b";
    static final String LANE_BORDER = "#b7c0ca";
    static final String SHAPE_FILL = "#ffffff";
    static final String START_FILL = "#eef8f0";
    static final String END_FILL = "#fbeeee";
    static final String GATE_FILL = "#fffbe6";
    static final String FLOW = "#4a5560";
    static final String HANDOFF = "#2b6cb0";
    static final String LOOP = "#9c5700";
    static final String FLAGGED = "#d93025";

    static final double OUTLINE_WIDTH = 1.5;
    static final double END_WIDTH = 3.5;
    static final double FLAGGED_WIDTH = 3;
    static final double FLOW_WIDTH = 1.3;

    static final TextStyle STEP_NAME = TextStyle.of(11, INK);
    static final TextStyle EVENT_NAME = TextStyle.of(10.5, INK);
    static final TextStyle CAPTION = TextStyle.of(10, MUTED).inItalic();
    static final TextStyle BRANCH = TextStyle.of(10, MUTED).anchored(TextStyle.Anchor.START);
    static final TextStyle LANE_NAME = TextStyle.of(12, INK).inBold();
    static final TextStyle LANE_KIND = TextStyle.of(9.5, MUTED).inItalic();
    static final TextStyle LEGEND = TextStyle.of(10, MUTED).anchored(TextStyle.Anchor.START);

    private Palette() {
    }

    /** The header cell's fill for a kind of lane: a subtle tint tells people, parties and systems apart. */
    static String header(String laneKind) {
        return switch (laneKind == null ? "" : laneKind) {
            case Lane.ROLE -> "#e6edf6";
            case Lane.PERSONA -> "#fbecd9";
            case Lane.EXTERNAL -> "#eee7f7";
            case Lane.SYSTEM -> "#e1f1e8";
            default -> "#ececec";
        };
    }

    /** The row's fill beside the header, a lighter tint of the same hue. */
    static String row(String laneKind) {
        return switch (laneKind == null ? "" : laneKind) {
            case Lane.ROLE -> "#f8fafd";
            case Lane.PERSONA -> "#fffaf3";
            case Lane.EXTERNAL -> "#fbf9fe";
            case Lane.SYSTEM -> "#f7fbf9";
            default -> "#ffffff";
        };
    }

    /** The words under a lane's name that say what kind of lane it is. */
    static String kindCaption(String laneKind) {
        return switch (laneKind == null ? "" : laneKind) {
            case Lane.ROLE -> "role";
            case Lane.PERSONA -> "customer";
            case Lane.EXTERNAL -> "external party";
            case Lane.SYSTEM -> "system";
            default -> "";
        };
    }
}
