package dev.baton.processes.internal.diagram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * Draws into one self-contained {@code <svg>} element: presentation attributes instead of CSS, no
 * external fonts or references, and the only ids prefixed, so that the markup can be put straight into
 * a page beside other diagrams.
 */
final class SvgCanvas implements Canvas {

    static final String FONTS = "Helvetica, Arial, 'Liberation Sans', sans-serif";

    private final StringBuilder out = new StringBuilder(16_384);
    private final Deque<Boolean> linked = new ArrayDeque<>();

    SvgCanvas(int width, int height, String id, String title) {
        String w = Integer.toString(width);
        String h = Integer.toString(height);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(Xml.escape(id))
                .append("\" class=\"baton-diagram\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-labelledby=\"").append(Xml.escape(id)).append("-title\" font-family=\"").append(FONTS)
                .append("\">\n<title id=\"").append(Xml.escape(id)).append("-title\">").append(Xml.escape(title)).append("</title>\n");
    }

    String finish() {
        while (!linked.isEmpty()) {
            close();
        }
        return out.append("</svg>\n").toString();
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(n(radius)).append('"');
        }
        paint(style);
    }

    @Override
    public void circle(double cx, double cy, double r, Style style) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append('"');
        paint(style);
    }

    @Override
    public void polygon(double[] points, Style style) {
        out.append("<polygon points=\"").append(points(points)).append('"');
        paint(style);
    }

    @Override
    public void polyline(double[] points, Style style) {
        out.append("<polyline points=\"").append(points(points)).append("\" stroke-linejoin=\"round\"");
        paint(new Style(null, style.stroke(), style.width(), style.dash(), style.gap()));
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(style.size()))
                .append("\" fill=\"").append(style.colour()).append('"');
        switch (style.anchor()) {
            case MIDDLE -> out.append(" text-anchor=\"middle\"");
            case END -> out.append(" text-anchor=\"end\"");
            case START -> { }
        }
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (style.italic()) {
            out.append(" font-style=\"italic\"");
        }
        // Set to the width the line was wrapped for, so a browser's font of other widths cannot overflow the shape.
        out.append(" textLength=\"").append(n(TextFit.width(text, style))).append("\" lengthAdjust=\"spacingAndGlyphs\">")
                .append(Xml.escape(text)).append("</text>\n");
    }

    @Override
    public void open(Group group) {
        boolean link = group.href() != null;
        if (link) {
            out.append("<a href=\"").append(Xml.escape(group.href())).append("\">\n");
        }
        out.append("<g");
        for (Map.Entry<String, String> attribute : group.data().entrySet()) {
            out.append(" data-").append(attribute.getKey()).append("=\"").append(Xml.escape(attribute.getValue())).append('"');
        }
        out.append(">\n");
        if (group.title() != null) {
            out.append("<title>").append(Xml.escape(group.title()).replace("&#10;", "\n")).append("</title>\n");
        }
        linked.push(link);
    }

    @Override
    public void close() {
        if (linked.isEmpty()) {
            return;
        }
        out.append("</g>\n");
        if (linked.pop()) {
            out.append("</a>\n");
        }
    }

    private void paint(Style style) {
        out.append(" fill=\"").append(style.fill() == null ? "none" : style.fill()).append('"');
        if (style.stroke() != null && style.width() > 0) {
            out.append(" stroke=\"").append(style.stroke()).append("\" stroke-width=\"").append(n(style.width())).append('"');
            if (style.isDashed()) {
                out.append(" stroke-dasharray=\"").append(n(style.dash())).append(' ').append(n(style.gap())).append('"');
            }
        }
        out.append("/>\n");
    }

    private static String points(double[] points) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i + 1 < points.length; i += 2) {
            list.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        return list.toString();
    }

    /** A coordinate with at most two decimals and no trailing zeros. */
    static String n(double value) {
        long rounded = Math.round(value * 100);
        if (rounded % 100 == 0) {
            return Long.toString(rounded / 100);
        }
        String text = String.format(Locale.ROOT, "%.2f", rounded / 100.0);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }
}
