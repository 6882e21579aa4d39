package dev.baton.processes.web;

import dev.baton.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Processes' entries in the main navigation: everyone signed in reads and writes process documents and the glossary. */
@Configuration(proxyBeanMethods = false)
class ProcessNavigation {

    @Bean
    NavItem processesNav() {
        return new NavItem("Processes", "/processes", null, 40);
    }

    @Bean
    NavItem glossaryNav() {
        return new NavItem("Glossary", "/glossary", null, 45);
    }
}
