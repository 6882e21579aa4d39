package dev.baton.marketing.internal;

import org.springframework.stereotype.Component;

import dev.baton.platform.demo.DemoData;

/** Arcadia's email templates: the reply to a web inquiry and the seminar follow-ups. */
@Component
class MarketingDemoData implements DemoData {

    private final EmailTemplates templates;

    MarketingDemoData(EmailTemplates templates) {
        this.templates = templates;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        templates.create(new EmailTemplates.TemplateSpec("inquiry-reply", "Reply to a web inquiry",
                "Thanks for your inquiry, {{person.first_name | \"there\"}}",
                """
                <p>Hello {{person.first_name | "there"}},</p>
                <p>thank you for getting in touch with Arcadia Storage. {{#sales_rep.name}}{{sales_rep.name}}, your contact here,
                will call you within one business day. You can reach them at
                <a href="mailto:{{sales_rep.email}}">{{sales_rep.email}}</a>.{{/sales_rep.name}}{{^sales_rep.name}}Our sales team
                will call you within one business day.{{/sales_rep.name}}</p>
                <p>Kind regards,<br>{{sender.name}}</p>""", null, "transactional"));
        templates.create(new EmailTemplates.TemplateSpec("seminar-follow-up-1", "Seminar follow-up: slides and recording",
                "Your seminar slides, {{person.first_name | \"there\"}}",
                """
                <p>Hello {{person.first_name | "there"}},</p>
                <p>thank you for joining our storage seminar{{#organisation.name}} with your colleagues at
                {{organisation.name}}{{/organisation.name}}. Here are the
                <a href="https://arcadia.example/seminar/slides">slides</a> and the
                <a href="https://arcadia.example/seminar/recording">recording</a>.</p>
                <p>{{#sales_rep.name}}Questions? {{sales_rep.name}} is happy to help: {{sales_rep.email}}.{{/sales_rep.name}}</p>
                <p><small><a href="{{unsubscribe_url}}">Unsubscribe</a></small></p>""", null, "marketing"));
        templates.create(new EmailTemplates.TemplateSpec("seminar-follow-up-2", "Seminar follow-up: book a storage review",
                "A free storage review for {{organisation.name | \"your team\"}}",
                """
                <p>Hello {{person.first_name | "there"}},</p>
                <p>many seminar guests asked how much they could save on their storage. Book a free one-hour review:
                <a href="https://arcadia.example/review">choose a time</a>.</p>
                <p><small><a href="{{unsubscribe_url}}">Unsubscribe</a></small></p>""", null, "marketing"));
    }
}
