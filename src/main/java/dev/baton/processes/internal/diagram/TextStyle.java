package dev.baton.processes.internal.diagram;

/** How a line of text is set: size in pixels, weight, slant, colour and which end of it {@code x} names. */
record TextStyle(double size, boolean bold, boolean italic, String colour, Anchor anchor) {

    enum Anchor { START, MIDDLE, END }

    static TextStyle of(double size, String colour) {
        return new TextStyle(size, false, false, colour, Anchor.MIDDLE);
    }

    TextStyle inBold() {
        return new TextStyle(size, true, italic, colour, anchor);
    }

    TextStyle inItalic() {
        return new TextStyle(size, bold, true, colour, anchor);
    }

    TextStyle anchored(Anchor at) {
        return new TextStyle(size, bold, italic, colour, at);
    }

    /** The distance between baselines of wrapped lines. */
    double leading() {
        return Math.round(size * 1.2);
    }
}
