package com.relaydesk.platform.secrets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Secrets in one file where the OS has no credential store, with key slots so that assistants can
 * use the mailbox without the owner's passphrase and without ever seeing the password.
 *
 * <p>Envelope encryption: a random data key encrypts every secret (AES-256-GCM, the entry's name
 * as associated data). The data key is wrapped once per slot. The owner's slot wraps it under the
 * random owner key, itself sealed under a key derived from the owner's passphrase (PBKDF2-HMAC-SHA256,
 * 310,000 rounds). Each assistant's slot has a random slot key, sealed twice — under the assistant's
 * own passphrase and under the owner key — and the data key wrapped under it; so the owner can
 * re-key every remaining slot without knowing any assistant's passphrase. An HMAC under the data
 * key covers the whole file: any change made outside RelayDesk is refused.
 *
 * <p>Revoking removes the assistant's slot and rotates the data key (every secret re-encrypted), so
 * that assistant's passphrase opens nothing any more — not even with a slot key remembered from
 * before. What it cannot undo is a copy of the password taken while access was granted: an
 * assistant able to run their own code on the file with their passphrase could decrypt it. The
 * slots keep the password out of every screen; against someone leaving on bad terms, change the
 * mailbox password as well.
 */
public final class EncryptedFileSecretStore implements SecretStore {

    static final int ITERATIONS = 310_000;
    /** Shorter assistant passphrases would be guessed offline in hours. */
    public static final int MIN_PASSPHRASE = 8;
    private static final String OWNER = "owner";
    private static final String SECRET = "secret.";
    private static final String SLOT = "slot.";
    private static final String DATA_KEY_ID = "data-key.id";

    /** Who opened the file: the owner, or an assistant by name. */
    public record Holder(String name, boolean owner) { }

    private final SecretsFile file;
    private final Sealing sealing = new Sealing();
    private final String slot; // "owner" or an assistant's slot id
    private final byte[] slotKey; // the owner key, or the assistant's slot key
    private final Holder holder;

    private EncryptedFileSecretStore(SecretsFile file, String slot, byte[] slotKey, Holder holder) {
        this.file = file;
        this.slot = slot;
        this.slotKey = slotKey;
        this.holder = holder;
    }

    /**
     * Opens the file with the owner's or an assistant's passphrase; creates it with this passphrase
     * as the owner's when absent. A file of the earlier single-passphrase format is converted.
     *
     * @throws SecretStoreException when the passphrase opens no slot, or the file was changed
     */
    public static EncryptedFileSecretStore open(Path path, char[] passphrase) {
        SecretsFile file = new SecretsFile(path);
        Properties stored = file.load();
        if (stored.isEmpty() || stored.getProperty("format") == null && stored.getProperty("check") != null) {
            // Made or converted here: under the lock, looking again, so two first starts make one file.
            return file.exclusively(() -> {
                Properties now = file.load();
                if (now.isEmpty()) {
                    return create(file, passphrase, new TreeMap<>());
                }
                if (now.getProperty("format") == null && now.getProperty("check") != null) {
                    return LegacyFormat.convert(file, now, passphrase);
                }
                return open(path, passphrase); // another process made it meanwhile: open that one
            });
        }
        EncryptedFileSecretStore store = unlock(file, stored, passphrase);
        store.verified(stored); // the data key opens and the MAC matches, or it throws
        return store;
    }

    /**
     * Opens the file through one assistant's slot only (one key derivation, not one per slot): how a
     * profile linked to that slot is unlocked. Empty when the file has no slot of that name (never
     * added, or revoked).
     *
     * @throws WrongPassphraseException when the slot exists and the passphrase does not open it
     * @throws SecretStoreException when the file was changed outside RelayDesk
     */
    public static Optional<EncryptedFileSecretStore> openSlot(Path path, String name, char[] passphrase) {
        SecretsFile file = new SecretsFile(path);
        Properties stored = file.load();
        Optional<String> id = name == null ? Optional.empty() : slotIdOf(stored, name);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String slotName = stored.getProperty(SLOT + id.get() + ".name");
        byte[] assistantKey = tryPassphrase(stored, SLOT + id.get(), passphrase, slotContext(id.get(), slotName))
                .orElseThrow(() -> new WrongPassphraseException("That is not " + slotName + "'s passphrase."));
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(file, id.get(), assistantKey,
                new Holder(slotName, false));
        store.verified(stored);
        return Optional.of(store);
    }

    /** The assistants' names in the file, without unlocking it (names are not secret). */
    public static List<String> assistantsIn(Path path) {
        Properties stored = new SecretsFile(path).load();
        return slotIds(stored).stream().map(id -> stored.getProperty(SLOT + id + ".name")).sorted().toList();
    }

    /** The names of the secrets in the file (e.g. {@code mailbox:…}), without unlocking it. */
    public static List<String> keysIn(Path path) {
        return new SecretsFile(path).load().stringPropertyNames().stream()
                .filter(name -> name.startsWith(SECRET)).map(name -> name.substring(SECRET.length())).sorted().toList();
    }

    static EncryptedFileSecretStore create(SecretsFile file, char[] passphrase, Map<String, byte[]> secrets) {
        Sealing sealing = new Sealing();
        byte[] ownerKey = sealing.randomKey();
        byte[] salt = sealing.randomBytes(16);
        byte[] passphraseKey = Sealing.derive(passphrase, salt, ITERATIONS);
        Properties stored = new Properties();
        stored.setProperty("format", "2");
        stored.setProperty(OWNER + ".salt", Sealing.base64(salt));
        stored.setProperty(OWNER + ".iterations", Integer.toString(ITERATIONS));
        stored.setProperty(OWNER + ".key", sealing.seal(passphraseKey, ownerKey, "relaydesk owner key"));
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(file, OWNER, ownerKey,
                new Holder("Owner", true));
        store.rekey(stored, secrets);
        return store;
    }

    public Holder holder() {
        return holder;
    }

    @Override
    public synchronized void put(String key, char[] secret) {
        file.exclusively(() -> {
            Properties stored = file.load();
            byte[] dataKey = verified(stored);
            byte[] plain = Sealing.utf8(secret);
            try {
                stored.setProperty(SECRET + key, sealing.seal(dataKey, plain, secretContext(key)));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
            save(stored, dataKey);
            return null;
        });
    }

    @Override
    public synchronized Optional<char[]> get(String key) {
        Properties stored = file.load();
        byte[] dataKey = verified(stored);
        String sealed = stored.getProperty(SECRET + key);
        if (sealed == null) {
            return Optional.empty();
        }
        byte[] plain = openOrTampered(dataKey, sealed, secretContext(key));
        try {
            return Optional.of(Sealing.chars(plain));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public synchronized void remove(String key) {
        file.exclusively(() -> {
            Properties stored = file.load();
            byte[] dataKey = verified(stored);
            if (stored.remove(SECRET + key) != null) {
                save(stored, dataKey);
            }
            return null;
        });
    }

    @Override
    public String description() {
        return "an encrypted file (" + file.path().getFileName() + ") unlocked with the owner's or an assistant's "
                + "passphrase";
    }

    /** The assistants who may unlock this file, by name. */
    public synchronized List<String> assistants() {
        verified(file.load());
        return assistantsIn(file.path());
    }

    /**
     * Gives an assistant their own passphrase for this file (owner only). The assistant types it
     * here, at the owner's desk; the owner never needs to know it.
     */
    public synchronized void addAssistant(String name, char[] passphrase) {
        file.exclusively(() -> {
            requireOwner("add an assistant");
            String cleaned = validName(name);
            if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
                throw new SecretStoreException("An assistant's passphrase needs at least " + MIN_PASSPHRASE
                        + " characters: a shorter one could be guessed from a copy of the file.");
            }
            Properties stored = file.load();
            byte[] dataKey = verified(stored);
            if (slotIdOf(stored, cleaned).isPresent()) {
                throw new SecretStoreException(cleaned + " already has access on this desktop. Revoke it first to "
                        + "give a new passphrase.");
            }
            String id = java.util.HexFormat.of().formatHex(sealing.randomBytes(4));
            byte[] assistantKey = sealing.randomKey();
            byte[] salt = sealing.randomBytes(16);
            byte[] passphraseKey = Sealing.derive(passphrase, salt, ITERATIONS);
            String prefix = SLOT + id + ".";
            stored.setProperty(prefix + "name", cleaned);
            stored.setProperty(prefix + "salt", Sealing.base64(salt));
            stored.setProperty(prefix + "iterations", Integer.toString(ITERATIONS));
            stored.setProperty(prefix + "key", sealing.seal(passphraseKey, assistantKey, slotContext(id, cleaned)));
            stored.setProperty(prefix + "owner-copy", sealing.seal(slotKey, assistantKey, "by owner " + slotContext(id,
                    cleaned)));
            stored.setProperty(prefix + "data-key", sealing.seal(assistantKey, dataKey,
                    dataKeyContext(id, stored.getProperty(DATA_KEY_ID))));
            save(stored, dataKey);
            return null;
        });
    }

    /**
     * A new passphrase for the slot this store was opened with (the owner's or the assistant's own).
     * Only the slot's sealed key changes: the data key and every secret stay, so other slots and
     * desktops' running windows are not disturbed.
     */
    public synchronized void changePassphrase(char[] next) {
        file.exclusively(() -> {
            if (next == null || next.length < MIN_PASSPHRASE) {
                throw new SecretStoreException("A passphrase needs at least " + MIN_PASSPHRASE
                        + " characters: a shorter one could be guessed from a copy of the file.");
            }
            Properties stored = file.load();
            byte[] dataKey = verified(stored);
            String prefix = slot.equals(OWNER) ? OWNER : SLOT + slot;
            String context = slot.equals(OWNER) ? "relaydesk owner key" : slotContext(slot, stored.getProperty(prefix + ".name"));
            byte[] salt = sealing.randomBytes(16);
            byte[] passphraseKey = Sealing.derive(next, salt, ITERATIONS);
            try {
                stored.setProperty(prefix + ".salt", Sealing.base64(salt));
                stored.setProperty(prefix + ".iterations", Integer.toString(ITERATIONS));
                stored.setProperty(prefix + ".key", sealing.seal(passphraseKey, slotKey, context));
            } finally {
                Arrays.fill(passphraseKey, (byte) 0);
            }
            save(stored, dataKey);
            return null;
        });
    }

    /**
     * Takes an assistant's access away (owner only): removes their slot and re-encrypts every
     * secret under a new data key, so their passphrase opens nothing from now on.
     */
    public synchronized void revoke(String name) {
        file.exclusively(() -> {
            requireOwner("revoke an assistant");
            Properties stored = file.load();
            byte[] dataKey = verified(stored);
            String id = slotIdOf(stored, name).orElseThrow(() -> new SecretStoreException(name
                    + " has no access on this desktop."));
            stored.stringPropertyNames().stream().filter(key -> key.startsWith(SLOT + id + ".")).forEach(stored::remove);
            Map<String, byte[]> secrets = new TreeMap<>();
            for (String key : stored.stringPropertyNames()) {
                if (key.startsWith(SECRET)) {
                    String entry = key.substring(SECRET.length());
                    secrets.put(entry, openOrTampered(dataKey, stored.getProperty(key), secretContext(entry)));
                }
            }
            rekey(stored, secrets);
            return null;
        });
    }

    /** A new data key: wraps it for the owner and each assistant, seals {@code secrets} (name → bytes) under it. */
    private void rekey(Properties stored, Map<String, byte[]> secrets) {
        byte[] dataKey = sealing.randomKey();
        String dataKeyId = Sealing.base64(sealing.randomBytes(9));
        stored.setProperty(DATA_KEY_ID, dataKeyId);
        stored.setProperty(OWNER + ".data-key", sealing.seal(slotKey, dataKey, dataKeyContext(OWNER, dataKeyId)));
        for (String id : slotIds(stored)) {
            String name = stored.getProperty(SLOT + id + ".name");
            byte[] assistantKey = openOrTampered(slotKey, stored.getProperty(SLOT + id + ".owner-copy"),
                    "by owner " + slotContext(id, name));
            stored.setProperty(SLOT + id + ".data-key", sealing.seal(assistantKey, dataKey,
                    dataKeyContext(id, dataKeyId)));
        }
        stored.stringPropertyNames().stream().filter(key -> key.startsWith(SECRET)).forEach(stored::remove);
        secrets.forEach((key, plain) -> {
            stored.setProperty(SECRET + key, sealing.seal(dataKey, plain, secretContext(key)));
            Arrays.fill(plain, (byte) 0);
        });
        save(stored, dataKey);
    }

    private static EncryptedFileSecretStore unlock(SecretsFile file, Properties stored, char[] passphrase) {
        Optional<byte[]> ownerKey = tryPassphrase(stored, OWNER, passphrase, "relaydesk owner key");
        if (ownerKey.isPresent()) {
            return new EncryptedFileSecretStore(file, OWNER, ownerKey.get(), new Holder("Owner", true));
        }
        for (String id : slotIds(stored)) {
            String name = stored.getProperty(SLOT + id + ".name");
            Optional<byte[]> assistantKey = tryPassphrase(stored, SLOT + id, passphrase, slotContext(id, name));
            if (assistantKey.isPresent()) {
                return new EncryptedFileSecretStore(file, id, assistantKey.get(), new Holder(name, false));
            }
        }
        throw new WrongPassphraseException("The passphrase does not open the saved passwords in " + file.path()
                + ": it is neither the owner's nor an assistant's. Type it again (capitals count). An assistant "
                + "whose access was revoked needs the owner to add them again; if the owner's passphrase is lost, "
                + "remove that file and connect the mailbox again.");
    }

    private static Optional<byte[]> tryPassphrase(Properties stored, String prefix, char[] passphrase, String context) {
        String sealed = stored.getProperty(prefix + ".key");
        String salt = stored.getProperty(prefix + ".salt");
        if (sealed == null || salt == null) {
            return Optional.empty();
        }
        int iterations = Integer.parseInt(stored.getProperty(prefix + ".iterations", Integer.toString(ITERATIONS)));
        byte[] passphraseKey = Sealing.derive(passphrase, Sealing.unbase64(salt), Math.max(iterations, ITERATIONS));
        try {
            return Optional.of(Sealing.open(passphraseKey, sealed, context));
        } catch (Sealing.WrongKey wrong) {
            return Optional.empty();
        } finally {
            Arrays.fill(passphraseKey, (byte) 0);
        }
    }

    /** The data key through this store's slot, after checking the file's MAC. */
    private byte[] verified(Properties stored) {
        String prefix = slot.equals(OWNER) ? OWNER : SLOT + slot;
        String wrapped = stored.getProperty(prefix + ".data-key");
        if (wrapped == null) {
            throw new SecretStoreException(holder.owner() ? tampered()
                    : "The owner has revoked " + holder.name() + "'s access to the saved passwords on this desktop. "
                    + "Ask the owner to add you again.");
        }
        byte[] dataKey = openOrTampered(slotKey, wrapped, dataKeyContext(slot, stored.getProperty(DATA_KEY_ID)));
        if (!Sealing.sameMac(Sealing.mac(dataKey, "relaydesk file mac", SecretsFile.canonical(stored)),
                stored.getProperty(SecretsFile.MAC))) {
            throw new SecretStoreException(tampered());
        }
        return dataKey;
    }

    private byte[] openOrTampered(byte[] key, String sealed, String context) {
        try {
            return Sealing.open(key, sealed, context);
        } catch (Sealing.WrongKey e) {
            throw new SecretStoreException(tampered(), e);
        }
    }

    private String tampered() {
        return "The saved passwords in " + file.path() + " were changed outside RelayDesk (the file's integrity "
                + "check failed), so RelayDesk will not use them. Restore the file from a backup, or remove it and "
                + "let the owner connect the mailbox again; if nobody here changed it, change the mailbox password.";
    }

    private void save(Properties stored, byte[] dataKey) {
        stored.setProperty(SecretsFile.MAC, Sealing.mac(dataKey, "relaydesk file mac", SecretsFile.canonical(stored)));
        file.save(stored);
    }

    private void requireOwner(String action) {
        if (!holder.owner()) {
            throw new SecretStoreException("Only the owner can " + action + ": unlock with the owner's passphrase.");
        }
    }

    private static List<String> slotIds(Properties stored) {
        List<String> ids = new ArrayList<>();
        for (String key : stored.stringPropertyNames()) {
            if (key.startsWith(SLOT) && key.endsWith(".name")) {
                ids.add(key.substring(SLOT.length(), key.length() - ".name".length()));
            }
        }
        ids.sort(null);
        return ids;
    }

    private static Optional<String> slotIdOf(Properties stored, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return slotIds(stored).stream()
                .filter(id -> stored.getProperty(SLOT + id + ".name").toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static String validName(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 60 || cleaned.chars().anyMatch(Character::isISOControl)) {
            throw new SecretStoreException("Give the assistant a name of 1 to 60 characters, e.g. \"Anna Berg\".");
        }
        return cleaned;
    }

    private static String slotContext(String id, String name) {
        return "relaydesk slot key|" + id + "|" + name;
    }

    private static String dataKeyContext(String slot, String dataKeyId) {
        return "relaydesk data key|" + slot + "|" + dataKeyId;
    }

    private static String secretContext(String key) {
        return "relaydesk secret|" + key;
    }
}
