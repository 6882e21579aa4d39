package dev.baton.processes.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Step;
import dev.baton.processes.internal.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDiagramTests {

    private final ProcessDocument leads = Samples.document("lead-management");

    @Test
    void onePageTheSizeOfTheDiagramWithEveryStepsName() throws IOException {
        byte[] bytes = PdfDiagram.render(leads);
        Files.createDirectories(Path.of("target/diagrams"));
        Files.write(Path.of("target/diagrams/lead-management.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Layout layout = Layout.of(leads);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(layout.width());
            assertThat(page.getHeight()).isEqualTo(layout.height() + Legend.HEIGHT);
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Lead Management \u2014 swimlane diagram");
            String text = text(pdf);
            for (Step step : leads.steps()) {
                assertThat(text).contains(step.name());
            }
            assertThat(text).contains("Customer", "Baton", "SDR", "Account Executive", "MQL", "not yet", "Hand-off to another lane");
        }
    }

    @Test
    void charactersHelveticaCannotWriteAreReplaced() throws IOException {
        ProcessDocument document = OddDocuments.of(List.of(new Lane("team", "Team \uD83D\uDE80", Lane.ROLE)),
                Step.task("a", "team", "Quote \u2192 order \u2014 fast \u4E2D \uD83D\uDE00", null, null));
        try (PDDocument pdf = Loader.loadPDF(PdfDiagram.render(document))) {
            assertThat(text(pdf)).contains("Quote -> order \u2014 fast ? ?", "Team ?");
        }
    }

    @Test
    void halfWrittenAndWrongDocumentsStillDraw() throws IOException {
        for (ProcessDocument document : OddDocuments.halfWritten()) {
            try (PDDocument pdf = Loader.loadPDF(PdfDiagram.render(document))) {
                assertThat(pdf.getNumberOfPages()).as(String.valueOf(document)).isEqualTo(1);
            }
        }
        for (ProcessDocument document : OddDocuments.random(40, 13)) {
            try (PDDocument pdf = Loader.loadPDF(PdfDiagram.render(document))) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            }
        }
    }

    /** The page's text with every run of white space made one space, so that wrapped names read as one. */
    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
}
