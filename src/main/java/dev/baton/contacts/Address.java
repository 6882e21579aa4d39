package dev.baton.contacts;

/** A postal address; every part is optional. */
public record Address(String street, String city, String postalCode, String region, String country) {

    public static final Address NONE = new Address(null, null, null, null, null);
}
