package dev.baton.processes.internal.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpmnImportProblemsTests {

    private static FieldProblem problem(String xml) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> BpmnImport.read(xml));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems().get(0);
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithItsLineAndColumn() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <bpmn:process id="p">
                    <bpmn:task id="a" name="Call">
                  </bpmn:process>
                </bpmn:definitions>
                """;

        FieldProblem problem = problem(xml);

        assertThat(problem.field()).isEqualTo("bpmn");
        assertThat(problem.message()).startsWith("line 5, column ").contains("bpmn:task");
    }

    @Test
    void anotherKindOfXmlIsRefusedAsNotBpmn() {
        assertThat(problem("<?xml version=\"1.0\"?>\n\n<html><body>Quote</body></html>").message())
                .startsWith("line 3, column 7: this is not BPMN 2.0: the file starts with <html> in no namespace");
        assertThat(problem("<definitions xmlns=\"http://www.omg.org/spec/DMN/20151101/dmn.xsd\"/>").message())
                .startsWith("line 1, column ").contains("<definitions> in namespace http://www.omg.org/spec/DMN/20151101/dmn.xsd");
    }

    @Test
    void bpmnWithoutAProcessIsRefused() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"
                    targetNamespace="x">
                  <bpmn:message id="m" name="hello"/>
                </bpmn:definitions>
                """;

        assertThat(problem(xml).message()).isEqualTo("line 3, column 25: the file holds no <process>, so there are no steps to read");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(problem("  \n").message()).isEqualTo("the file is empty");
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityCanReadAFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [ <!ENTITY leak SYSTEM "%s"> ]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <bpmn:process id="p" name="&leak;"><bpmn:task id="a"/></bpmn:process>
                </bpmn:definitions>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> BpmnImport.read(xml)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).message()).startsWith("line 2, column ")
                        .contains("DOCTYPE").doesNotContain("s3cret"));
    }

    @Test
    void aFlowToANodeThatIsNotThereIsReportedAndTheRestRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <bpmn:process id="Process_1" name="Tiny">
                    <bpmn:startEvent id="start"/>
                    <bpmn:endEvent id="end"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="start" targetRef="gone"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;

        BpmnImport.Imported imported = BpmnImport.read(xml);

        assertThat(imported.document().steps()).extracting(s -> s.key()).containsExactly("start", "end");
        assertThat(imported.report()).containsExactly(
                "f2 (sequenceFlow, line 7): it joins start to gone, and one of them is not a flow node of the process");
    }
}
