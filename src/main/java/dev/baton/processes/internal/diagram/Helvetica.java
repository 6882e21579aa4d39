package dev.baton.processes.internal.diagram;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The four Helvetica fonts of the PDF standard, made once for every diagram: making one looks for a
 * Helvetica file on the machine (and logs when there is none, which is fine: the PDF names the font
 * without embedding it, and the widths come with PDFBox).
 */
final class Helvetica {

    /** PDFBox's fonts keep caches that are not made for several threads; whoever measures or writes with them holds this. */
    static final Object LOCK = new Object();

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font OBLIQUE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static final PDType1Font BOLD_OBLIQUE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE);

    private Helvetica() {
    }

    static PDType1Font of(TextStyle style) {
        return style.bold() ? style.italic() ? BOLD_OBLIQUE : BOLD : style.italic() ? OBLIQUE : REGULAR;
    }
}
