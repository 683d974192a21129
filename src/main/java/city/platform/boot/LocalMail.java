package city.platform.boot;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server (and IMAP, to read the mail) in this JVM: GreenMail, for the run command and the tests. It takes
 * mail for any address; an IMAP client signs in with the address as user name and any password. Production points
 * {@code quarkus.mailer} at its own server and never starts this.
 */
public final class LocalMail implements AutoCloseable {

    private final int smtpPort;
    private final int imapPort;
    private GreenMail server;

    private LocalMail(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /** Starts SMTP on {@code smtpPort} and IMAP on {@code imapPort} (0: no IMAP), on the loopback interface. */
    public static LocalMail start(int smtpPort, int imapPort) {
        LocalMail mail = new LocalMail(smtpPort, imapPort);
        mail.startServer();
        return mail;
    }

    private synchronized void startServer() {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup[] setups = imapPort == 0
                ? new ServerSetup[] {smtp}
                : new ServerSetup[] {smtp, new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)};
        server = new GreenMail(setups)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message received since the start (or the last restart). */
    public synchronized List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** Stops accepting mail, as an SMTP server that is down; {@link #restart()} brings it back on the same ports. */
    public synchronized void stopForNow() {
        server.stop();
    }

    public synchronized void restart() {
        startServer();
    }

    @Override
    public synchronized void close() {
        server.stop();
    }
}
