package dev.baton.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.baton.identity.Permission;
import dev.baton.platform.web.NavItem;

/** Identity's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem orgChartNav() {
        return new NavItem("Org chart", "/org-chart", Permission.IDENTITY_READ.code(), 800);
    }

    @Bean
    NavItem usersNav() {
        return new NavItem("Users", "/users", Permission.IDENTITY_READ.code(), 810);
    }

    @Bean
    NavItem rolesNav() {
        return new NavItem("Roles", "/roles", Permission.IDENTITY_READ.code(), 820);
    }

    @Bean
    NavItem teamsNav() {
        return new NavItem("Teams", "/teams", Permission.IDENTITY_READ.code(), 830);
    }

    @Bean
    NavItem auditNav() {
        return new NavItem("Audit", "/audit", Permission.AUDIT_READ.code(), 840);
    }

    @Bean
    NavItem tokensNav() {
        return new NavItem("API tokens", "/tokens", null, 900);
    }
}
