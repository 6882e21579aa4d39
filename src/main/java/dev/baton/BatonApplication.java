package dev.baton;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Baton: a process-first CRM and marketing automation server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BatonApplication {

    public static void main(String[] args) {
        SpringApplication.run(BatonApplication.class, args);
    }
}
