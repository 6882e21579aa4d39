package dev.baton.processes.internal.diagram;

/**
 * How a shape is painted: its fill and its outline (colours as {@code #rrggbb}, null for none), the
 * outline's width, and a dash and gap length for a dashed outline (0 for a solid one).
 */
record Style(String fill, String stroke, double width, double dash, double gap) {

    static Style filled(String fill, String stroke, double width) {
        return new Style(fill, stroke, width, 0, 0);
    }

    static Style line(String stroke, double width) {
        return new Style(null, stroke, width, 0, 0);
    }

    static Style fill(String fill) {
        return new Style(fill, null, 0, 0, 0);
    }

    Style dashed(double dashLength, double gapLength) {
        return new Style(fill, stroke, width, dashLength, gapLength);
    }

    Style withStroke(String colour, double strokeWidth) {
        return new Style(fill, colour, strokeWidth, dash, gap);
    }

    boolean isDashed() {
        return dash > 0;
    }

    /** A {@code #rrggbb} colour as 0xRRGGBB; anything else is black. */
    static int rgb(String colour) {
        if (colour == null || colour.length() != 7 || colour.charAt(0) != '#') {
            return 0;
        }
        try {
            return Integer.parseInt(colour.substring(1), 16);
        } catch (NumberFormatException notHex) {
            return 0;
        }
    }
}
