package dev.baton.processes.internal.diagram;

/**
 * A surface the swimlane diagram is drawn on. The SVG, the PNG and the PDF are each one canvas, so
 * the diagram is drawn once and all three show the same thing. Coordinates are pixels from the top
 * left; a point list is x and y in turn.
 */
interface Canvas {

    void rect(double x, double y, double width, double height, double radius, Style style);

    void circle(double cx, double cy, double r, Style style);

    /** A closed shape through the points. */
    void polygon(double[] points, Style style);

    /** An open line through the points. */
    void polyline(double[] points, Style style);

    /** One line of text; {@code y} is its baseline. */
    void text(double x, double y, String text, TextStyle style);

    /** Starts a part of the drawing that belongs together (a lane, a step, a flow); only the SVG keeps it. */
    default void open(Group group) {
    }

    default void close() {
    }
}
