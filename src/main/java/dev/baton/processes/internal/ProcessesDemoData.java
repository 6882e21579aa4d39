package dev.baton.processes.internal;

import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.platform.demo.DemoData;
import dev.baton.processes.DocumentYaml;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Arcadia's glossary and its revenue process: Revenue at L1 and its six L2 documents, each written,
 * reviewed and approved by its stakeholders and published, so the history reads as it happened.
 */
@Component
class ProcessesDemoData implements DemoData {

    /**
     * Marketing has made them an MQL, or a lead clicked two of our emails lately: a lead can meet it
     * the moment they become one, which is when Lead Management's MQL gate asks.
     */
    static final String MQL_CRITERION = "lifecycle >= mql or (lifecycle >= lead and activity(email.clicked, last 30 days) >= 2)";

    static final List<String> DOCUMENTS = List.of("revenue", "demand-generation", "lead-management", "sales", "order-fulfilment",
            "billing", "support");

    private final GlossaryBook glossary;
    private final Drafts drafts;
    private final SignOff signOff;
    private final Identity identity;
    private final DocumentLibrary library;

    ProcessesDemoData(GlossaryBook glossary, Drafts drafts, SignOff signOff, Identity identity, DocumentLibrary library) {
        this.library = library;
        this.glossary = glossary;
        this.drafts = drafts;
        this.signOff = signOff;
        this.identity = identity;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        term("lead", "Lead", "A person who has shown interest in Arcadia's systems - filled in a form, attended a seminar or asked "
                + "for a call - and whom nobody has qualified yet.", "lifecycle >= lead", "marketing-manager");
        term("mql", "Marketing Qualified Lead", "A lead whose interest marketing has confirmed: they work at a company that "
                + "could buy, and engaged with us more than once lately.", MQL_CRITERION, "marketing-manager");
        term("sql", "Sales Qualified Lead", "A lead an SDR has spoken to and found to have a budget, the authority to buy, a "
                + "real need and a timeline.", "lifecycle >= sql", "sales-manager");
        term("opportunity", "Opportunity", "A sales qualified lead with an open deal in the pipeline.", "lifecycle >= opportunity",
                "sales-manager");
        term("customer", "Customer", "A person at a company that has bought an Arcadia system.", "lifecycle = customer",
                "executive");
        term("dead-account", "Dead account", "A contact who will not buy: asked not to be contacted, left the company, or went "
                + "silent for a year after two attempts.", "lifecycle = dead", "marketing-manager");
        User author = user("marcus");
        // Written first, all of them, since the documents refer to each other (parents, subprocesses).
        List<ProcessVersion> written = DOCUMENTS.stream().map(key -> drafts.create(document(key), author)).toList();
        for (ProcessVersion draft : written) {
            String key = draft.document();
            try {
                signOff.submit(key, draft.id().toString(), author);
            } catch (dev.baton.platform.api.ConflictException e) {
                throw new IllegalStateException("The demo document " + key + " does not lint: " + e.errors(), e);
            }
            List<String> waiting = signOff.waitingFor(library.version(draft.id()));
            while (!waiting.isEmpty()) {
                String role = waiting.get(0);
                User approver = identity.wearing(role).stream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("no demo user wears " + role));
                waiting = signOff.waitingFor(signOff.approve(key, draft.id().toString(), approver, "Reads right to me."));
            }
            signOff.publish(key, draft.id().toString(), author);
        }
    }

    private void term(String key, String name, String definition, String criterion, String owner) {
        glossary.add(new GlossaryBook.TermSpec(key, name, definition, criterion, owner, null));
    }

    private User user(String login) {
        return identity.userByEmail(login + "@arcadia.example").orElseThrow();
    }

    static ProcessDocument document(String key) {
        try (InputStream in = ProcessesDemoData.class.getResourceAsStream("/processes/demo/" + key + ".yaml")) {
            return DocumentYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
