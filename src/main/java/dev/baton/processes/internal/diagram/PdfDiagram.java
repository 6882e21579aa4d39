package dev.baton.processes.internal.diagram;

import dev.baton.processes.ProcessDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The swimlane diagram of a process document as a one-page PDF the size of the diagram, drawn as vectors. */
public final class PdfDiagram {

    private PdfDiagram() {
    }

    public static byte[] render(ProcessDocument document) {
        Swimlanes diagram = new Swimlanes(document, null);
        synchronized (Helvetica.LOCK) {
            return write(diagram);
        }
    }

    private static byte[] write(Swimlanes diagram) {
        try (PDDocument pdf = new PDDocument()) {
            // One layout pixel is one point, so the page is as wide as the diagram: landscape for any process of a few steps.
            PDPage page = new PDPage(new PDRectangle(diagram.width(), diagram.height()));
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle(diagram.title());
            pdf.getDocumentInformation().setCreator("Baton");
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                diagram.draw(new PdfCanvas(content, diagram.height()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
