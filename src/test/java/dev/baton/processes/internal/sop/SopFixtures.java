package dev.baton.processes.internal.sop;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import dev.baton.processes.internal.sop.SopContext.EmailTemplate;
import dev.baton.processes.internal.sop.SopContext.Role;
import dev.baton.processes.internal.sop.SopContext.Term;
import java.util.List;
import java.util.Map;

/** The demo's Lead Management, a second small document in which the SDR also works, and the names an SOP uses. */
final class SopFixtures {

    private SopFixtures() {
    }

    static ProcessDocument leadManagement() {
        return Samples.document("lead-management");
    }

    /** A channel partner refers a contact; the channel manager checks it and hands it to the SDR, who calls. */
    static ProcessDocument partnerReferral() {
        return new ProcessDocument("partner-referral", "Partner Referral", "L3", "lead-management", "channel-manager", "workflow",
                "A contact a partner refers is called by an SDR within four hours, and the partner hears back.",
                List.of("lead"), List.of(new Stakeholder("channel-manager", "A"), new Stakeholder("sdr", "R")),
                List.of(new Lane("partner", "Channel Partner", Lane.EXTERNAL), new Lane("channel-manager", "Channel Manager", Lane.ROLE),
                        new Lane("sdr", "SDR", Lane.ROLE), new Lane("system", "Baton", Lane.SYSTEM)),
                List.of(Step.trigger("referred", "partner", "A partner refers a contact", "form_submitted", "partner-referral")
                                .withFields(List.of(), List.of("person.email", "person.referrer")),
                        Step.task("check", "channel-manager", "Check the referral",
                                "Make sure the contact is not a customer already and that the partner may refer them.", "4 hours"),
                        Step.gate("known", "channel-manager", "Already a customer?",
                                List.of(Branch.onTerm("customer", "done"), Branch.otherwise("call-referral"))),
                        Step.task("call-referral", "sdr", "Call the referred contact",
                                "Call the contact, mention the partner by name and book a discovery meeting.", "4 business hours")
                                .withTemplate("referral-call").withFields(List.of("person.referrer", "person.phone"), List.of("person.lifecycle")),
                        Step.action("thank", "system", "Thank the partner", "email", Map.of("template", "referral-thanks")),
                        Step.exit("done", "system", "Referral handled", "completed")));
    }

    static SopContext context() {
        return new SopContext(
                Map.of("lead", new Term("lead", "Lead", "Someone who has shown interest in buying and whom sales has not yet looked at.",
                                "lifecycle = lead"),
                        "mql", new Term("mql", "Marketing Qualified Lead", "A lead whose engagement shows enough interest to be called.",
                                "lifecycle = lead and score >= 50"),
                        "sql", new Term("sql", "Sales Qualified Lead", "A lead an SDR has qualified: budget, authority, need and timeline are known.",
                                "lifecycle = sql")),
                Map.of("sdr", new Role("sdr", "Sales Development Rep", "Calls new leads, qualifies them and books meetings for the account executives."),
                        "account-executive", new Role("account-executive", "Account Executive", "Runs deals from discovery to close."),
                        "marketing-manager", new Role("marketing-manager", "Marketing Manager", null),
                        "sales-manager", new Role("sales-manager", "Sales Manager", null),
                        "channel-manager", new Role("channel-manager", "Channel Manager", null)),
                Map.of("referral-thanks", new EmailTemplate("referral-thanks", "Referral thanks", "Thank you for the referral")),
                Map.of("discovery-call", "Discovery call", "referral-call", "Referral call"),
                Map.of("revenue", "Revenue", "lead-management", "Lead Management"),
                "/processes/{key}/sop");
    }
}
