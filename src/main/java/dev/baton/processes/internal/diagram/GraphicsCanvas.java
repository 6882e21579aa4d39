package dev.baton.processes.internal.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Set;

/** Draws with Java2D, for the PNG. */
final class GraphicsCanvas implements Canvas {

    /** Helvetica or a font of its widths where the machine has one; else whatever sans-serif font Java has. */
    private static final String FAMILY = pickFamily();

    private final Graphics2D graphics;

    GraphicsCanvas(Graphics2D graphics) {
        this.graphics = graphics;
    }

    private static String pickFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : List.of("Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans Condensed")) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        paint(radius > 0 ? new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2)
                : new Rectangle2D.Double(x, y, width, height), style);
    }

    @Override
    public void circle(double cx, double cy, double r, Style style) {
        paint(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), style);
    }

    @Override
    public void polygon(double[] points, Style style) {
        Path2D.Double path = path(points);
        path.closePath();
        paint(path, style);
    }

    @Override
    public void polyline(double[] points, Style style) {
        paint(path(points), new Style(null, style.stroke(), style.width(), style.dash(), style.gap()));
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        Font font = new Font(FAMILY, (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0), 1)
                .deriveFont((float) style.size());
        double wanted = TextFit.width(text, style);
        double actual = font.getStringBounds(text, graphics.getFontRenderContext()).getWidth();
        // A wider font than the one the text was wrapped for is narrowed to the same width, so it stays inside its shape.
        double squeeze = actual > wanted && actual > 0 ? wanted / actual : 1;
        double drawn = actual * squeeze;
        double left = switch (style.anchor()) {
            case START -> x;
            case MIDDLE -> x - drawn / 2;
            case END -> x - drawn;
        };
        AffineTransform saved = graphics.getTransform();
        graphics.translate(left, y);
        graphics.scale(squeeze, 1);
        graphics.setFont(font);
        graphics.setColor(new Color(Style.rgb(style.colour())));
        graphics.drawString(text, 0f, 0f);
        graphics.setTransform(saved);
    }

    private void paint(java.awt.Shape shape, Style style) {
        if (style.fill() != null) {
            graphics.setColor(new Color(Style.rgb(style.fill())));
            graphics.fill(shape);
        }
        if (style.stroke() != null && style.width() > 0) {
            float[] dash = style.isDashed() ? new float[] {(float) style.dash(), (float) style.gap()} : null;
            graphics.setStroke(new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            graphics.setColor(new Color(Style.rgb(style.stroke())));
            graphics.draw(shape);
        }
    }

    private static Path2D.Double path(double[] points) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i == 0) {
                path.moveTo(points[i], points[i + 1]);
            } else {
                path.lineTo(points[i], points[i + 1]);
            }
        }
        return path;
    }
}
