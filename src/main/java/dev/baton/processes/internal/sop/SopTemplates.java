package dev.baton.processes.internal.sop;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The SOP's Thymeleaf templates, rendered without Spring so that an SOP can be written anywhere (a
 * test, a job that prints the handbooks). The Spring engine is used for its expression language only.
 */
final class SopTemplates {

    private static final TemplateEngine ENGINE = engine();

    private SopTemplates() {
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(SopTemplates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    static String render(String template, Map<String, Object> variables) {
        return ENGINE.process(template, new Context(Locale.ENGLISH, variables));
    }
}
