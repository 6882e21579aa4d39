package dev.baton.processes.web;

import dev.baton.processes.DocumentYaml;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Handbooks;
import dev.baton.processes.internal.bpmn.BpmnExport;
import dev.baton.processes.internal.diagram.PdfDiagram;
import dev.baton.processes.internal.diagram.PngDiagram;
import dev.baton.processes.internal.diagram.SvgDiagram;
import dev.baton.processes.internal.sop.DataMapHtml;
import dev.baton.processes.internal.sop.SopPdf;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What is written and drawn from a version, for the links of the document page: the API serves the
 * same to token holders, these to a person signed in to the pages.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class OutputPages {

    private static final String BASE = "/processes/{key}/versions/{ref}";

    private final DocumentLibrary library;
    private final Handbooks handbooks;

    OutputPages(DocumentLibrary library, Handbooks handbooks) {
        this.library = library;
        this.handbooks = handbooks;
    }

    @GetMapping(BASE + "/sop")
    ResponseEntity<String> sop(@PathVariable String key, @PathVariable String ref) {
        return html(handbooks.sop(body(key, ref)));
    }

    @GetMapping(BASE + "/sop.pdf")
    ResponseEntity<byte[]> sopPdf(@PathVariable String key, @PathVariable String ref) {
        return file(SopPdf.render(handbooks.sop(body(key, ref))), MediaType.APPLICATION_PDF, key + "-sop.pdf");
    }

    @GetMapping(BASE + "/diagram.svg")
    ResponseEntity<String> svg(@PathVariable String key, @PathVariable String ref) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(SvgDiagram.render(body(key, ref)));
    }

    @GetMapping(BASE + "/diagram.png")
    ResponseEntity<byte[]> png(@PathVariable String key, @PathVariable String ref) {
        return file(PngDiagram.render(body(key, ref), 2), MediaType.IMAGE_PNG, key + ".png");
    }

    @GetMapping(BASE + "/diagram.pdf")
    ResponseEntity<byte[]> diagramPdf(@PathVariable String key, @PathVariable String ref) {
        return file(PdfDiagram.render(body(key, ref)), MediaType.APPLICATION_PDF, key + "-diagram.pdf");
    }

    @GetMapping(BASE + "/bpmn")
    ResponseEntity<String> bpmn(@PathVariable String key, @PathVariable String ref) {
        return text(BpmnExport.write(body(key, ref)), "application/xml;charset=UTF-8", key + ".bpmn");
    }

    @GetMapping(BASE + "/yaml")
    ResponseEntity<String> yaml(@PathVariable String key, @PathVariable String ref) {
        return text(DocumentYaml.write(body(key, ref)), "text/plain;charset=UTF-8", key + ".yaml");
    }

    @GetMapping(BASE + "/data-map")
    ResponseEntity<String> dataMap(@PathVariable String key, @PathVariable String ref) {
        return html(DataMapHtml.render(handbooks.dataMap(java.util.List.of(body(key, ref)))));
    }

    /** The data map of every published document. */
    @GetMapping("/data-map")
    ResponseEntity<String> workspaceDataMap() {
        return html(DataMapHtml.render(handbooks.dataMap(handbooks.publishedDocuments())));
    }

    @GetMapping("/handbooks/{role}")
    ResponseEntity<String> handbook(@PathVariable String role) {
        return html(handbooks.handbook(role));
    }

    @GetMapping("/handbooks/{role}.pdf")
    ResponseEntity<byte[]> handbookPdf(@PathVariable String role) {
        return file(SopPdf.render(handbooks.handbook(role)), MediaType.APPLICATION_PDF, role + "-handbook.pdf");
    }

    private ProcessDocument body(String key, String ref) {
        return library.version(key, ref).body();
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(body);
    }

    private static ResponseEntity<String> text(String body, String type, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").body(body);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header("Content-Disposition", "inline; filename=\"" + filename + "\"").body(body);
    }
}
