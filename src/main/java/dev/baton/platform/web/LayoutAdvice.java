package dev.baton.platform.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Gives every page the navigation the signed-in user may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final List<NavItem> items;

    LayoutAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("nav")
    List<NavItem> nav(Authentication auth) {
        if (auth == null) {
            return List.of();
        }
        List<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream().filter(i -> i.permission() == null || held.contains(i.permission())).toList();
    }

    /** The permissions of the signed-in user, for showing only the actions they may take. */
    @ModelAttribute("permissions")
    java.util.Set<String> permissions(Authentication auth) {
        return auth == null ? java.util.Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
    }

    @ModelAttribute("signedInAs")
    String signedInAs(Authentication auth) {
        return auth == null ? null : auth.getName();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("htmx")
    boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
