package dev.baton.processes.internal.diagram;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text as the PDF's standard fonts can write it. They know only the WinAnsi characters (Western
 * European letters, dashes, quotes, the euro sign); anything else, an arrow, a Chinese name or an
 * emoji, is written as a near equivalent or a question mark instead of failing the whole PDF.
 */
final class WinAnsi {

    private static final Map<Integer, String> NEAR = Map.of(0x2192, "->", 0x2190, "<-", 0x21D2, "=>", 0x2264, "<=", 0x2265, ">=",
            0x2260, "!=", 0x2212, "-", 0x2713, "v", 0x2714, "v");

    /** Which characters the encoding has; the four Helvetica fonts share it. */
    private static final Map<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private WinAnsi() {
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (ENCODABLE.computeIfAbsent(cp, WinAnsi::encodable)) {
                out.appendCodePoint(cp);
            } else {
                out.append(NEAR.getOrDefault(cp, "?"));
            }
        });
        return out.toString();
    }

    private static boolean encodable(int codePoint) {
        synchronized (Helvetica.LOCK) {
            try {
                Helvetica.REGULAR.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException notInEncoding) {
                return false;
            }
        }
    }
}
