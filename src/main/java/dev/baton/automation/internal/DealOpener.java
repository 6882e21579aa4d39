package dev.baton.automation.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.deals.Deals;
import dev.baton.deals.NewDeal;
import dev.baton.platform.api.InvalidInputException;

/**
 * A create_deal step, for a campaign's people and a workflow's run alike: a deal in the step's
 * pipeline ({@code with.pipeline}, optional {@code stage}, {@code name}, {@code amount}) for the
 * person, at their primary organisation, owned by their owner, named after them (and their
 * organisation) unless the step names it.
 */
@Component
public class DealOpener {

    private final Contacts contacts;
    private final Deals deals;

    DealOpener(Contacts contacts, Deals deals) {
        this.contacts = contacts;
        this.deals = deals;
    }

    /** Opens the deal; {@code subject} names it when the step does not (the person's name, or the run's record). */
    public Deal open(Map<String, String> with, UUID person, String subject) {
        Optional<Person> who = Optional.ofNullable(person).flatMap(contacts::person);
        UUID organisation = Optional.ofNullable(person).flatMap(contacts::primaryOrganisationOf).orElse(null);
        String name = with.get("name");
        if (name == null || name.isBlank()) {
            String about = subject == null || subject.isBlank() ? who.map(Person::displayName).orElse("New deal") : subject;
            name = Optional.ofNullable(organisation).flatMap(contacts::organisation).map(Organisation::name)
                    .map(org -> org + ": " + about).orElse(about);
        }
        return deals.open(new NewDeal(with.get("pipeline"), blankToNull(with.get("stage")), name, person, organisation,
                who.map(Person::owner).orElse(null), amount(with.get("amount"))));
    }

    /** A step's amount: empty for none, otherwise a number (a 400 naming with.amount). */
    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("with.amount", text, "must be a number such as 12000");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
