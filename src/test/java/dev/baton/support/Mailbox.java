package dev.baton.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.awaitility.Awaitility;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server the tests' Baton sends to: one GreenMail for the whole test run, on a free port
 * given to Baton as {@code spring.mail.*}. Tests find their messages by recipient.
 */
public final class Mailbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT).applyTo(context);
    }

    private static synchronized GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** Stops the mail server, as a mail server that is down would be. */
    public static synchronized void stop() {
        server.stop();
    }

    /** Starts it again on the same port, with no messages. */
    public static synchronized void restart() {
        server = start();
    }

    /** Every message received for an address so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address.toLowerCase())).toList();
    }

    /** Waits until an address has received {@code count} messages, and returns them. */
    public static List<MimeMessage> await(String address, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
        return to(address);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> a.toString().toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
