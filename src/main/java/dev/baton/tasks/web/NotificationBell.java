package dev.baton.tasks.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import dev.baton.identity.Identity;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.NotificationBook;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in user's unread notification count on every rendered page, for the bell in the
 * page header. Like the layout's navigation it runs only when a page is rendered, never for the API.
 */
@Configuration(proxyBeanMethods = false)
class NotificationBell implements WebMvcConfigurer, HandlerInterceptor {

    private final NotificationBook book;
    private final Identity identity;

    NotificationBell(NotificationBook book, Identity identity) {
        this.book = book;
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getView() instanceof RedirectView || String.valueOf(mav.getViewName()).startsWith("redirect:")) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return;
        }
        identity.userByEmail(auth.getName())
                .ifPresent(user -> mav.addObject("notificationsUnread", book.unread(new Actor(user.id(), user.roles(), false))));
    }
}
