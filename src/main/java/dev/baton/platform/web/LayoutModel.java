package dev.baton.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every rendered page the navigation and permissions of the signed-in user. It runs only
 * when a view is about to be rendered, so API calls (which render no view) pay nothing for it.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

    private final List<NavItem> items;

    LayoutModel(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || redirect(mav)) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        Set<String> held = signedIn ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())
                : Set.of();
        mav.addObject("nav", signedIn ? items.stream().filter(i -> i.permission() == null || held.contains(i.permission())).toList()
                : List.of());
        mav.addObject("permissions", held);
        mav.addObject("signedInAs", signedIn ? auth.getName() : null);
        mav.addObject("currentPath", request.getRequestURI());
        mav.addObject("htmx", request.getHeader("HX-Request") != null);
    }

    private static boolean redirect(ModelAndView mav) {
        String name = mav.getViewName();
        return mav.getView() instanceof RedirectView || name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
    }
}
