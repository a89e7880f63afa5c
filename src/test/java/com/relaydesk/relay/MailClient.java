package com.relaydesk.relay;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A stock Jakarta Mail client for the end-to-end tests: submit over SMTP, read back over IMAP. */
final class MailClient {

    private final RunningRelay relay;
    private final Session session;

    MailClient(RunningRelay relay) {
        this.relay = relay;
        Properties props = new Properties();
        props.put("mail.smtp.host", relay.host());
        props.put("mail.smtp.port", Integer.toString(relay.smtpPort()));
        props.put("mail.smtp.auth", "true");
        props.put("mail.imap.host", relay.host());
        props.put("mail.imap.port", Integer.toString(relay.imapPort()));
        this.session = Session.getInstance(props);
    }

    MimeMessage draft(String from, String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    MimeMessage withAttachment(String from, String to, String subject, String fileName, byte[] content)
            throws MessagingException {
        MimeMessage message = draft(from, to, subject, "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find the file attached.");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        file.setFileName(fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        Multipart multipart = new MimeMultipart(text, file);
        message.setContent(multipart);
        return message;
    }

    /** Submits as the seller would from a mail client; returns the Message-ID it went out with. */
    String send(MimeMessage message) throws MessagingException {
        Transport.send(message, relay.sellerAddress(), relay.sellerPassword());
        return message.getMessageID();
    }

    String send(String from, String to, String subject, String text) throws MessagingException {
        return send(draft(from, to, subject, text));
    }

    /** Every message in a folder, fully loaded, as seen over IMAP. */
    List<MimeMessage> read(String user, String password, String folderName) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect(relay.host(), relay.imapPort(), user, password);
        try {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            List<MimeMessage> messages = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                messages.add(new MimeMessage((MimeMessage) m));
            }
            folder.close(false);
            return messages;
        } finally {
            store.close();
        }
    }

    List<MimeMessage> sellerInbox() throws MessagingException {
        return read(relay.sellerAddress(), relay.sellerPassword(), "INBOX");
    }

    List<MimeMessage> sellerSent() throws MessagingException {
        return read(relay.sellerAddress(), relay.sellerPassword(), "Sent");
    }

    List<MimeMessage> buyerInbox(Buyer buyer) throws MessagingException {
        return read(buyer.alias(), relay.buyerPassword(), "INBOX");
    }
}
