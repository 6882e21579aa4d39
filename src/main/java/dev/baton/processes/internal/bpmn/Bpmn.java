package dev.baton.processes.internal.bpmn;

/** The namespaces of a BPMN 2.0 file and of Baton's extension elements in it. */
final class Bpmn {

    static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    /** Where Baton keeps what BPMN has no place for; the version is in the name so a later form can be told apart. */
    static final String BATON = "https://baton.dev/bpmn/1";

    private Bpmn() {
    }
}
