package dev.baton.contacts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.baton.identity.Permission;
import dev.baton.platform.web.NavItem;

/** Contacts' entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class ContactsNavigation {

    @Bean
    NavItem peopleNav() {
        return new NavItem("People", "/people", Permission.CONTACTS_READ.code(), 10);
    }

    @Bean
    NavItem organisationsNav() {
        return new NavItem("Organisations", "/organisations", Permission.CONTACTS_READ.code(), 20);
    }
}
