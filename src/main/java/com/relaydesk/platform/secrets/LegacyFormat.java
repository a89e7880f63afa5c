package com.relaydesk.platform.secrets;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The first format of the secrets file: every secret sealed directly under the owner's
 * passphrase key, no slots. Opening one with the right passphrase converts it to key slots.
 */
final class LegacyFormat {

    private LegacyFormat() {
    }

    static EncryptedFileSecretStore convert(SecretsFile file, Properties stored, char[] passphrase) {
        byte[] key = Sealing.derive(passphrase, Sealing.unbase64(stored.getProperty("salt", "")),
                EncryptedFileSecretStore.ITERATIONS);
        Map<String, byte[]> secrets = new TreeMap<>();
        try {
            Sealing.open(key, stored.getProperty("check"), "");
            for (String name : stored.stringPropertyNames()) {
                if (name.startsWith("secret.")) {
                    secrets.put(name.substring("secret.".length()), Sealing.open(key, stored.getProperty(name), ""));
                }
            }
        } catch (Sealing.WrongKey e) {
            throw new WrongPassphraseException("The passphrase does not open the saved passwords in " + file.path()
                    + ". Type it again (capitals count); if it is lost, remove that file and connect the mailbox "
                    + "again.");
        }
        return EncryptedFileSecretStore.create(file, passphrase, secrets);
    }
}
