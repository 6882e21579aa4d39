package dev.baton.processes.internal.sop;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Prints an SOP page to PDF. The page must be well-formed XHTML, as {@link SopWriter} writes it. Text is
 * set in the PDF standard fonts (Helvetica, Courier), which cover Western European letters.
 */
public final class SopPdf {

    private SopPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The SOP could not be printed to PDF", e);
        }
        return out.toByteArray();
    }
}
