package dev.baton.contacts.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import dev.baton.contacts.Address;
import dev.baton.contacts.Person;
import dev.baton.contacts.internal.PersonSpec;
import dev.baton.platform.api.InvalidInputException;

/**
 * A person's inline edit form as text: emails one per line, phones one per line as
 * {@code number | kind}. Stage, source, consent, tags and employers have their own controls and
 * are kept as they are.
 */
record PersonForm(long version, String salutation, String pronouns, String firstName, String lastName, String emails,
        String phones, String street, String city, String postalCode, String region, String country, String owner,
        Map<String, Object> custom) {

    static PersonForm of(Person person) {
        Address a = person.address() == null ? Address.NONE : person.address();
        return new PersonForm(person.version(), person.salutation(), person.pronouns(), person.firstName(), person.lastName(),
                String.join("\n", person.emails().stream().map(Person.EmailAddress::address).toList()),
                String.join("\n", person.phones().stream().map(p -> p.typed() + " | " + p.kind()).toList()),
                a.street(), a.city(), a.postalCode(), a.region(), a.country(),
                person.owner() == null ? "" : person.owner().toString(), person.custom());
    }

    static PersonForm from(MultiValueMap<String, String> form, Map<String, Object> custom) {
        long version;
        try {
            version = Long.parseLong(form.getFirst("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new PersonForm(version, form.getFirst("salutation"), form.getFirst("pronouns"), form.getFirst("firstName"),
                form.getFirst("lastName"), form.getFirst("emails"), form.getFirst("phones"), form.getFirst("street"),
                form.getFirst("city"), form.getFirst("postalCode"), form.getFirst("region"), form.getFirst("country"),
                form.getFirst("owner"), custom);
    }

    /** What the form asks for, on top of what the form does not touch. */
    PersonSpec spec(Person before) {
        List<PersonSpec.PhoneSpec> phoneSpecs = new ArrayList<>();
        for (String line : lines(phones)) {
            int bar = line.lastIndexOf('|');
            phoneSpecs.add(bar < 0 ? new PersonSpec.PhoneSpec(line, null)
                    : new PersonSpec.PhoneSpec(line.substring(0, bar).trim(), blankToNull(line.substring(bar + 1))));
        }
        List<PersonSpec.EmploymentSpec> employers = before.organisations().stream()
                .map(o -> new PersonSpec.EmploymentSpec(o.organisationId(), o.title(), o.primary())).toList();
        return new PersonSpec(trim(firstName), trim(lastName), blankToNull(salutation), blankToNull(pronouns), lines(emails),
                phoneSpecs, new Address(blankToNull(street), blankToNull(city), blankToNull(postalCode), blankToNull(region),
                        blankToNull(country)),
                ownerId(), null, custom, employers);
    }

    private UUID ownerId() {
        if (owner == null || owner.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(owner.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("owner", owner, "is not a Baton user");
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
