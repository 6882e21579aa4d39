package dev.baton.processes.internal.diagram;

import dev.baton.processes.ProcessDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The swimlane diagram of a process document as a PNG image, drawn with Java2D (no display needed). */
public final class PngDiagram {

    /** The most pixels one image gets; a larger diagram is drawn at a smaller scale instead of exhausting memory. */
    static final long MAX_PIXELS = 40_000_000L;

    private PngDiagram() {
    }

    /** One image pixel for each pixel of the layout. */
    public static byte[] render(ProcessDocument document) {
        return render(document, 1);
    }

    /** The image at {@code scale} image pixels for each layout pixel, e.g. 2 for sharp print or high-density screens. */
    public static byte[] render(ProcessDocument document, double scale) {
        Swimlanes diagram = new Swimlanes(document, null);
        double area = (double) diagram.width() * diagram.height();
        double fitted = Math.min(scale > 0 && Double.isFinite(scale) ? scale : 1, Math.sqrt(MAX_PIXELS / area));
        int width = Math.max(1, (int) Math.ceil(diagram.width() * fitted));
        int height = Math.max(1, (int) Math.ceil(diagram.height() * fitted));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.scale(fitted, fitted);
            diagram.draw(new GraphicsCanvas(graphics));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
