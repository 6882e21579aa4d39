package dev.baton.tasks.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.baton.platform.web.NavItem;

/** The inbox comes first in the main navigation, for everyone signed in. */
@Configuration(proxyBeanMethods = false)
class TasksNavigation {

    @Bean
    NavItem inboxNav() {
        return new NavItem("Inbox", "/inbox", null, 100);
    }
}
