package dev.baton.contacts.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import dev.baton.contacts.Address;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.internal.OrganisationDirectory;
import dev.baton.platform.api.InvalidInputException;

/** An organisation's inline edit form as text. Relationships, tags and people have their own controls. */
record OrganisationForm(long version, String name, String type, String domain, String phone, String street, String city,
        String postalCode, String region, String country, String owner, Map<String, Object> custom) {

    static OrganisationForm of(Organisation o) {
        Address a = o.address() == null ? Address.NONE : o.address();
        return new OrganisationForm(o.version(), o.name(), o.type(), o.domain(), o.phoneTyped(), a.street(), a.city(),
                a.postalCode(), a.region(), a.country(), o.owner() == null ? "" : o.owner().toString(), o.custom());
    }

    static OrganisationForm from(MultiValueMap<String, String> form, Map<String, Object> custom) {
        long version;
        try {
            version = Long.parseLong(form.getFirst("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new OrganisationForm(version, form.getFirst("name"), form.getFirst("type"), form.getFirst("domain"),
                form.getFirst("phone"), form.getFirst("street"), form.getFirst("city"), form.getFirst("postalCode"),
                form.getFirst("region"), form.getFirst("country"), form.getFirst("owner"), custom);
    }

    OrganisationDirectory.OrganisationSpec spec() {
        return new OrganisationDirectory.OrganisationSpec(name == null ? null : name.trim(), blankToNull(type), blankToNull(domain),
                blankToNull(phone), new Address(blankToNull(street), blankToNull(city), blankToNull(postalCode),
                        blankToNull(region), blankToNull(country)),
                ownerId(), custom);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
