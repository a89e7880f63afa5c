package com.relaydesk.account;

import com.relaydesk.platform.secrets.EncryptedFileSecretStore;
import com.relaydesk.platform.secrets.SecretStoreException;
import com.relaydesk.platform.secrets.WrongPassphraseException;
import com.relaydesk.team.KeySlots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The assistants' key slots of this desktop's secrets file, for profiles: the file is read at each
 * check, so a revoke or a new passphrase counts at the next unlock, also in a window opened before.
 */
final class AssistantKeySlots implements KeySlots {

    private final Path secretsFile;

    AssistantKeySlots(Path secretsFile) {
        this.secretsFile = secretsFile;
    }

    @Override
    public boolean offered() {
        return true;
    }

    @Override
    public List<String> names() {
        return Files.exists(secretsFile) ? EncryptedFileSecretStore.assistantsIn(secretsFile) : List.of();
    }

    @Override
    public Answer check(String slot, char[] passphrase) {
        if (!Files.exists(secretsFile)) {
            return Answer.NO_SLOT;
        }
        try {
            return EncryptedFileSecretStore.openSlot(secretsFile, slot, passphrase).isPresent() ? Answer.OPENS
                    : Answer.NO_SLOT;
        } catch (WrongPassphraseException wrong) {
            return Answer.WRONG;
        }
    }

    @Override
    public void change(String slot, char[] current, char[] next) {
        try {
            EncryptedFileSecretStore.openSlot(secretsFile, slot, current)
                    .orElseThrow(() -> new IllegalArgumentException("The owner has revoked " + slot + "'s access on "
                            + "this desktop, so there is no passphrase to change. Ask the owner to add you again."))
                    .changePassphrase(next);
        } catch (WrongPassphraseException wrong) {
            throw new IllegalArgumentException("The current passphrase is not right. Type it again (capitals count).");
        } catch (SecretStoreException refused) {
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
    }
}
