package dev.baton.processes.internal.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws vector graphics into a PDF page with the standard Helvetica fonts. The page is turned upside
 * down once so that coordinates run from the top left as everywhere else; characters the fonts'
 * encoding lacks are written as {@link WinAnsi} says. Whoever draws holds {@link Helvetica#LOCK}.
 */
final class PdfCanvas implements Canvas {

    /** The length of a Bézier handle that makes four curves a circle, as a share of the radius. */
    private static final double KAPPA = 0.5523;

    private final PDPageContentStream content;

    PdfCanvas(PDPageContentStream content, double pageHeight) {
        this.content = content;
        run(() -> content.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        if (!visible(style)) {
            return;
        }
        run(() -> {
            if (radius <= 0) {
                content.addRect((float) x, (float) y, (float) width, (float) height);
                return;
            }
            double r = Math.min(radius, Math.min(width, height) / 2);
            double k = r * KAPPA;
            double right = x + width;
            double bottom = y + height;
            move(x + r, y);
            line(right - r, y);
            curve(right - r + k, y, right, y + r - k, right, y + r);
            line(right, bottom - r);
            curve(right, bottom - r + k, right - r + k, bottom, right - r, bottom);
            line(x + r, bottom);
            curve(x + r - k, bottom, x, bottom - r + k, x, bottom - r);
            line(x, y + r);
            curve(x, y + r - k, x + r - k, y, x + r, y);
            content.closePath();
        });
        paint(style);
    }

    @Override
    public void circle(double cx, double cy, double r, Style style) {
        if (!visible(style)) {
            return;
        }
        double k = r * KAPPA;
        run(() -> {
            move(cx + r, cy);
            curve(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            curve(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            curve(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            curve(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            content.closePath();
        });
        paint(style);
    }

    @Override
    public void polygon(double[] points, Style style) {
        if (!visible(style)) {
            return;
        }
        run(() -> {
            path(points);
            content.closePath();
        });
        paint(style);
    }

    @Override
    public void polyline(double[] points, Style style) {
        if (!visible(style)) {
            return;
        }
        run(() -> path(points));
        paint(new Style(null, style.stroke(), style.width(), style.dash(), style.gap()));
    }

    @Override
    public void text(double x, double y, String text, TextStyle style) {
        PDType1Font font = Helvetica.of(style);
        String printable = WinAnsi.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        run(() -> {
            double width = font.getStringWidth(printable) / 1000 * style.size();
            double left = switch (style.anchor()) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
            content.beginText();
            content.setFont(font, (float) style.size());
            colour(style.colour(), false);
            // Upside down again, so that the text stands upright on the turned page.
            content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) y));
            content.showText(printable);
            content.endText();
        });
    }

    /** Whether a style paints anything; a path that is neither filled nor outlined is not even begun. */
    private static boolean visible(Style style) {
        return style.fill() != null || style.stroke() != null && style.width() > 0;
    }

    private void paint(Style style) {
        boolean fill = style.fill() != null;
        boolean stroke = style.stroke() != null && style.width() > 0;
        run(() -> {
            if (fill) {
                colour(style.fill(), false);
            }
            if (stroke) {
                colour(style.stroke(), true);
                content.setLineWidth((float) style.width());
                content.setLineJoinStyle(1);
                content.setLineDashPattern(style.isDashed() ? new float[] {(float) style.dash(), (float) style.gap()} : new float[0], 0);
            }
            if (fill && stroke) {
                content.fillAndStroke();
            } else if (fill) {
                content.fill();
            } else {
                content.stroke();
            }
        });
    }

    private void colour(String hex, boolean stroking) throws IOException {
        int rgb = Style.rgb(hex);
        float r = (rgb >> 16 & 0xff) / 255f;
        float g = (rgb >> 8 & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (stroking) {
            content.setStrokingColor(r, g, b);
        } else {
            content.setNonStrokingColor(r, g, b);
        }
    }

    private void path(double[] points) throws IOException {
        for (int i = 0; i + 1 < points.length; i += 2) {
            if (i == 0) {
                move(points[i], points[i + 1]);
            } else {
                line(points[i], points[i + 1]);
            }
        }
    }

    private void move(double x, double y) throws IOException {
        content.moveTo((float) x, (float) y);
    }

    private void line(double x, double y) throws IOException {
        content.lineTo((float) x, (float) y);
    }

    private void curve(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        content.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }

    private interface Drawing {
        void run() throws IOException;
    }

    /** Writing into a page held in memory does not fail; if it does all the same, it is not the caller's to handle. */
    private static void run(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
