package dev.baton.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; signing in and out are handled by Spring Security. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
