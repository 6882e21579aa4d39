package dev.baton.processes.internal.diagram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Fits names into the space a shape has: measures text with Helvetica's widths (the PDF's font, and
 * the same widths as Arial, which browsers mostly use), wraps it onto lines and ends it with an
 * ellipsis when it does not fit. All three formats wrap with these widths, so they break lines alike.
 */
final class TextFit {

    static final String ELLIPSIS = "\u2026";

    /** Width of a character Helvetica has no glyph for, in thousandths of the type size. */
    private static final float UNKNOWN = 600;

    /** Width of such a character from the scripts set in full-width glyphs (Chinese, Japanese, Korean) or an emoji. */
    private static final float WIDE = 1000;

    /** Where the full-width scripts begin (CJK radicals); emoji and the rest of the astral planes lie beyond too. */
    private static final int FIRST_WIDE = 0x2E80;

    private static final Map<Integer, Float> REGULAR_WIDTHS = new ConcurrentHashMap<>();
    private static final Map<Integer, Float> BOLD_WIDTHS = new ConcurrentHashMap<>();

    private TextFit() {
    }

    /**
     * Text as it can be drawn on one line: runs of white space and control characters become one space,
     * a lone surrogate (half a character) becomes U+FFFD, and the ends are trimmed. Null becomes empty.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static double width(String text, TextStyle style) {
        Map<Integer, Float> widths = style.bold() ? BOLD_WIDTHS : REGULAR_WIDTHS;
        // Oblique letters are as wide as upright ones.
        PDType1Font font = style.bold() ? Helvetica.BOLD : Helvetica.REGULAR;
        double total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += widths.computeIfAbsent(cp, c -> glyphWidth(font, c));
            i += Character.charCount(cp);
        }
        return total * style.size() / 1000;
    }

    private static float glyphWidth(PDType1Font font, int codePoint) {
        synchronized (Helvetica.LOCK) {
            try {
                return font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException | IllegalArgumentException notInFont) {
                return codePoint >= FIRST_WIDE ? WIDE : UNKNOWN;
            }
        }
    }

    /** The text wrapped onto at most {@code maxLines} lines no wider than {@code maxWidth}; empty for no text. */
    static List<String> wrap(String text, double maxWidth, TextStyle style, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : normalize(text).split(" ")) {
            if (lines.size() > maxLines) {
                break;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, style) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            // A word wider than the line is broken where it has to be.
            while (width(line, style) > maxWidth && line.codePointCount(0, line.length()) > 1 && lines.size() <= maxLines) {
                int cut = fitting(line, maxWidth, style);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), maxWidth, style));
        return kept;
    }

    /** One line no wider than {@code maxWidth}, shortened with an ellipsis when it has to be. */
    static String line(String text, double maxWidth, TextStyle style) {
        String clean = normalize(text);
        return width(clean, style) <= maxWidth ? clean : ellipsize(clean, maxWidth, style);
    }

    /** The text shortened until it fits with an ellipsis after it; the ellipsis is always added. */
    private static String ellipsize(String text, double maxWidth, TextStyle style) {
        String kept = text.strip();
        while (!kept.isEmpty() && width(kept + ELLIPSIS, style) > maxWidth) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1)).stripTrailing();
        }
        return kept + ELLIPSIS;
    }

    /** How many chars of the text fit the width, at least one whole character. */
    private static int fitting(String text, double maxWidth, TextStyle style) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), style) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
