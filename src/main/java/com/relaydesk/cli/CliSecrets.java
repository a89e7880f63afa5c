package com.relaydesk.cli;

import com.relaydesk.account.AccountSetup;
import com.relaydesk.platform.DataFolder;
import com.relaydesk.platform.UserFacingException;
import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.platform.secrets.OsCredentialStores;
import com.relaydesk.platform.secrets.SecretStore;

/** The secret store a command works with: the desktop keyring, else the encrypted file with a passphrase from the environment. */
final class CliSecrets {

    private CliSecrets() {
    }

    static SecretStore open(DataFolder folder, String passphraseEnv) {
        return OsCredentialStores.forThisComputer(folder.root().resolve(AccountSetup.SECRETS_FILE)).orElseGet(() -> {
            String phrase = passphraseEnv == null ? null : System.getenv(passphraseEnv);
            if (phrase == null) {
                throw new UserFacingException("This computer has no desktop keyring, so RelayDesk keeps the sign-in in "
                        + "a file encrypted with your passphrase. Put the passphrase in an environment variable and "
                        + "name it with --passphrase-env.");
            }
            return EncryptedFileSecretStore.open(folder.root().resolve(AccountSetup.SECRETS_FILE), phrase.toCharArray());
        });
    }
}
