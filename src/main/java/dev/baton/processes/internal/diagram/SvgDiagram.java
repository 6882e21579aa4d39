package dev.baton.processes.internal.diagram;

import dev.baton.processes.ProcessDocument;
import java.util.Locale;
import java.util.Set;

/**
 * The swimlane diagram of a process document as one inline {@code <svg>} element, for the editor and
 * the document page. Each step's shape carries {@code data-step} with its key and a tooltip; steps
 * flagged by the checks are outlined in red. A half-written document still draws.
 */
public final class SvgDiagram {

    private SvgDiagram() {
    }

    public static String render(ProcessDocument document) {
        return render(document, Set.of());
    }

    /** The diagram with the steps whose keys are in {@code flagged} outlined in red. */
    public static String render(ProcessDocument document, Set<String> flagged) {
        return render(document, flagged, defaultId(document));
    }

    /**
     * The diagram with its ids starting with {@code idPrefix}, for a page that shows the same document
     * twice (two versions side by side).
     */
    public static String render(ProcessDocument document, Set<String> flagged, String idPrefix) {
        Swimlanes diagram = new Swimlanes(document, flagged);
        SvgCanvas canvas = new SvgCanvas(diagram.width(), diagram.height(), idPrefix(idPrefix), diagram.title());
        diagram.draw(canvas);
        return canvas.finish();
    }

    private static String defaultId(ProcessDocument document) {
        return "diagram-" + (document == null || document.key() == null ? "process" : document.key());
    }

    /** An id an HTML page and a CSS selector both accept: lower-case letters, digits and dashes, starting with a letter. */
    private static String idPrefix(String wanted) {
        String id = (wanted == null ? "" : wanted).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "diagram-" + id : id;
    }
}
