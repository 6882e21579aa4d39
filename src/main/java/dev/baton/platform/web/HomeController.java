package dev.baton.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after signing in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
