package dev.baton.processes.internal.sop;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Prints an SOP page to PDF. The page must be well-formed XHTML, as {@link SopWriter} writes it. Text is
 * set in the PDF standard fonts, which cover Western European letters; letters beyond them (Ł, ő, Cyrillic,
 * arrows) are taken from DejaVu Sans where the machine has it, and print as # where it does not.
 */
public final class SopPdf {

    private static final List<String> FONT_FOLDERS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF");
    private static final List<Face> FALLBACK = fallback();

    private record Face(File file, int weight, FontStyle style) {
    }

    private SopPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : FALLBACK) {
                builder.useFont(face.file(), "DejaVu Sans", face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The SOP could not be printed to PDF", e);
        }
        return out.toByteArray();
    }

    /** Whether letters beyond the standard fonts print as themselves on this machine. */
    public static boolean printsAllLetters() {
        return !FALLBACK.isEmpty();
    }

    private static List<Face> fallback() {
        for (String folder : FONT_FOLDERS) {
            File regular = new File(folder, "DejaVuSans.ttf");
            if (regular.isFile()) {
                return List.of(new Face(regular, 400, FontStyle.NORMAL),
                        new Face(new File(folder, "DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
                        new Face(new File(folder, "DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC),
                        new Face(new File(folder, "DejaVuSans-BoldOblique.ttf"), 700, FontStyle.ITALIC))
                        .stream().filter(f -> f.file().isFile()).toList();
            }
        }
        return List.of();
    }
}
