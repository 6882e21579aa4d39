package dev.baton.contacts.internal;

import org.springframework.stereotype.Component;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import dev.baton.platform.BatonProperties;
import dev.baton.platform.api.InvalidInputException;

/** Phone numbers as typed, normalised to E.164; numbers without a country code take the default region. */
@Component
public class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    PhoneNumbers(BatonProperties properties) {
        this.defaultRegion = properties.defaultRegion() == null ? "US" : properties.defaultRegion();
    }

    /** The E.164 form of a typed number, or a 400 naming the field. */
    public String normalise(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException(field, typed, "must not be blank");
        }
        try {
            Phonenumber.PhoneNumber number = util.parse(typed, defaultRegion);
            if (!util.isValidNumber(number)) {
                throw invalid(field, typed);
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw invalid(field, typed);
        }
    }

    private InvalidInputException invalid(String field, String typed) {
        return new InvalidInputException(field, typed, "is not a valid phone number; numbers without a country code are read as "
                + defaultRegion + " numbers (write e.g. +49 30 901820 for others)");
    }
}
