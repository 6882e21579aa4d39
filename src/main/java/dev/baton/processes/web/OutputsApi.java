package dev.baton.processes.web;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Handbooks;
import dev.baton.processes.internal.bpmn.BpmnExport;
import dev.baton.processes.internal.diagram.PdfDiagram;
import dev.baton.processes.internal.diagram.PngDiagram;
import dev.baton.processes.internal.diagram.SvgDiagram;
import dev.baton.processes.internal.sop.DataMap;
import dev.baton.processes.internal.sop.DataMapHtml;
import dev.baton.processes.internal.sop.SopPdf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Process outputs", description = "What is written and drawn from process documents: SOPs, role handbooks, the data map")
class OutputsApi {

    private final DocumentLibrary library;
    private final Handbooks handbooks;

    OutputsApi(DocumentLibrary library, Handbooks handbooks) {
        this.library = library;
        this.handbooks = handbooks;
    }

    @GetMapping(path = "/processes/{key}/versions/{ref}/sop", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The standard operating procedure of a version as a printable HTML page")
    ResponseEntity<String> sop(@PathVariable String key, @PathVariable String ref) {
        return html(handbooks.sop(library.version(key, ref).body()));
    }

    @GetMapping(path = "/processes/{key}/versions/{ref}/sop.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The standard operating procedure of a version as PDF")
    ResponseEntity<byte[]> sopPdf(@PathVariable String key, @PathVariable String ref) {
        return pdf(SopPdf.render(handbooks.sop(library.version(key, ref).body())), key + "-sop.pdf");
    }

    @GetMapping(path = "/processes/{key}/versions/{ref}/diagram.svg", produces = "image/svg+xml")
    @Operation(summary = "The swimlane diagram: lanes as rows, steps left to right in flow order, BPMN shapes, hand-offs dashed")
    ResponseEntity<String> svg(@PathVariable String key, @PathVariable String ref) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(SvgDiagram.render(library.version(key, ref).body()));
    }

    @GetMapping(path = "/processes/{key}/versions/{ref}/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable String key, @PathVariable String ref, @RequestParam(defaultValue = "1") double scale) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(PngDiagram.render(library.version(key, ref).body(), Math.max(0.25, Math.min(scale, 4))));
    }

    @GetMapping(path = "/processes/{key}/versions/{ref}/diagram.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> diagramPdf(@PathVariable String key, @PathVariable String ref) {
        return pdf(PdfDiagram.render(library.version(key, ref).body()), key + "-diagram.pdf");
    }

    @GetMapping(path = "/processes/{key}/versions/{ref}/bpmn", produces = {MediaType.APPLICATION_XML_VALUE, "application/bpmn+xml"})
    @Operation(summary = "BPMN 2.0 XML with collaboration, lanes and diagram interchange; it imports back to the same document")
    ResponseEntity<String> bpmn(@PathVariable String key, @PathVariable String ref) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + key + ".bpmn\"")
                .body(BpmnExport.write(library.version(key, ref).body()));
    }

    @GetMapping(path = "/handbooks/{role}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "A role's handbook: every step the role performs across the published documents, with instructions, "
            + "SLAs, templates and the glossary")
    ResponseEntity<String> handbook(@PathVariable String role) {
        return html(handbooks.handbook(role));
    }

    @GetMapping(path = "/handbooks/{role}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> handbookPdf(@PathVariable String role) {
        return pdf(SopPdf.render(handbooks.handbook(role)), role + "-handbook.pdf");
    }

    @GetMapping("/data-map")
    @Operation(summary = "Fields × steps × lanes of the published documents (or of one document's version with document and ref), "
            + "with the fields written and never read and those read and never written")
    DataMap dataMap(@RequestParam(required = false) String document, @RequestParam(required = false) String ref) {
        return handbooks.dataMap(documents(document, ref));
    }

    @GetMapping(path = "/data-map.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> dataMapHtml(@RequestParam(required = false) String document, @RequestParam(required = false) String ref) {
        return html(DataMapHtml.render(handbooks.dataMap(documents(document, ref))));
    }

    private List<ProcessDocument> documents(String document, String ref) {
        if (document == null) {
            return handbooks.publishedDocuments();
        }
        return List.of(library.version(document, ref == null ? "latest" : ref).body());
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(body);
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").body(body);
    }
}
