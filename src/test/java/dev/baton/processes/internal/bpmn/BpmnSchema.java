package dev.baton.processes.internal.bpmn;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The OMG BPMN 2.0 schema (BPMN20.xsd with Semantic, BPMNDI, DC and DI), as Flowable's BPMN converter ships it. */
public final class BpmnSchema {

    private static final String LOCATION = "org/flowable/impl/bpmn/parser/BPMN20.xsd";
    private static Schema schema;

    private BpmnSchema() {
    }

    /** Throws the validator's error, with its line and column, when {@code xml} is not valid BPMN 2.0. */
    public static void validate(String xml) throws SAXException, IOException {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            URL xsd = BpmnSchema.class.getClassLoader().getResource(LOCATION);
            if (xsd == null) {
                throw new IllegalStateException("BPMN20.xsd is not on the test class path");
            }
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            schema = factory.newSchema(xsd);
        }
        return schema;
    }
}
