package dev.baton.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole of Baton on a random port, on its own embedded PostgreSQL in a fresh data directory,
 * with the demo workspace loaded. Every test class using it shares one running server. The
 * scheduled overdue check is off: tests call it. Email goes to the GreenMail of {@link Mailbox}.
 * Time comes from a {@link TestClock} that a test may move forward (and puts back).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "baton.data-dir=${baton.test.data:target/test-data}/app-${random.uuid}",
        "baton.admin.password=" + BatonTest.ADMIN_PASSWORD,
        "baton.bootstrap-token=" + BatonTest.ADMIN_TOKEN,
        "baton.demo=true",
        // tests run the overdue check themselves, so that they see every notice it gives
        "baton.tasks.overdue-check=-",
        // email goes to the tests' GreenMail (see Mailbox), quickly and without a rate limit
        "baton.mail.poll=200ms", "baton.mail.rate=0", "baton.mail.first-retry=1s", "baton.journeys.poll=200ms",
        // the workflow engine looks for due timers and jobs often, so tests see them soon
        "baton.workflows.poll=200ms",
        // webhook deliveries are looked for often, so tests see them soon; their receivers listen on this machine
        "baton.webhooks.poll=200ms", "baton.webhooks.allow-private=true" })
@ContextConfiguration(initializers = Mailbox.class)
@Import(TestClock.Setup.class)
public @interface BatonTest {

    String ADMIN_EMAIL = "admin@baton.local";
    String ADMIN_PASSWORD = "correct-horse-battery-staple";
    String ADMIN_TOKEN = "test-bootstrap-token-7f3a9c2e51";
    String DEMO_PASSWORD = "arcadia-demo";
}
