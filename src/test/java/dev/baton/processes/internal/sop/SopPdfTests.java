package dev.baton.processes.internal.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SopPdfTests {

    private final SopWriter writer = new SopWriter();

    /** The text of a PDF as a reader sees it, lines joined. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSopOfADocumentPrintsWithItsStepsAndInstructions() throws IOException {
        byte[] pdf = SopPdf.render(writer.document(SopFixtures.leadManagement(), SopFixtures.context()));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("Lead Management", "Standard operating procedure".toUpperCase(),
                "1. Someone becomes a lead", "4. Call the lead and qualify them", "10. Back to marketing",
                "Call within one business day. Ask about budget, authority, need and timeline",
                "SLA: within 1 business day", "If MQL: go to step 4", "Otherwise (not yet): go to step 9",
                "Marketing Qualified Lead", "A lead whose engagement shows enough interest to be called.");
    }

    @Test
    void aRolesHandbookPrints() throws IOException {
        byte[] pdf = SopPdf.render(writer.role("sdr", List.of(SopFixtures.leadManagement(), SopFixtures.partnerReferral()),
                SopFixtures.context()));

        assertThat(text(pdf)).contains("Sales Development Rep", "Call the lead and qualify them", "Call the referred contact",
                "Use the template: Discovery call (note template)", "Comes from: Baton, step 3: Marketing qualified? (MQL)");
    }

    @Test
    void whatPeopleTypePrintsAsTyped() throws IOException {
        ProcessDocument doc = new ProcessDocument("rd", "R&D <Leads>", "L4", null, null, null, null, null, null,
                List.of(new Lane("x", "X", Lane.ROLE)),
                List.of(Step.task("do", "x", "Do & <done>", "Type <b>bold</b> & go", "1 day")));

        assertThat(text(SopPdf.render(writer.document(doc, SopContext.empty())))).contains("R&D <Leads>", "1. Do & <done>",
                "Instructions: Type <b>bold</b> & go");
    }

    @Test
    void lettersBeyondWesternEuropePrintWhereTheMachineHasTheFallbackFont() throws IOException {
        assumeTrue(SopPdf.printsAllLetters(), "DejaVu Sans is not installed");
        ProcessDocument doc = new ProcessDocument("pl", "Łódź → Kraków", "L4", null, null, null, null, null, null,
                List.of(new Lane("x", "X", Lane.ROLE)),
                List.of(Step.task("do", "x", "Zadzwoń do klienta", "Zapytaj o budżet – Ελληνικά, Русский", "1 day")));

        assertThat(text(SopPdf.render(writer.document(doc, SopContext.empty())))).contains("Łódź → Kraków", "1. Zadzwoń do klienta",
                "Instructions: Zapytaj o budżet – Ελληνικά, Русский");
    }
}
