package com.relaydesk.platform.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets in one file, each encrypted with AES-256-GCM under a key derived from the owner's
 * passphrase (PBKDF2-HMAC-SHA256). Used where the OS has no credential store. The passphrase is
 * never written; a wrong one is detected by the GCM tag, not by a stored hash.
 */
public final class EncryptedFileSecretStore implements SecretStore {

    static final int ITERATIONS = 310_000;
    private static final String SALT = "salt";
    private static final String CHECK = "check";
    private static final String ENTRY = "secret.";
    private static final int IV_BYTES = 12;

    private final Path file;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private EncryptedFileSecretStore(Path file, SecretKey key) {
        this.file = file;
        this.key = key;
    }

    /**
     * Opens the file with the passphrase, creating it when absent.
     *
     * @throws SecretStoreException when the passphrase does not open an existing file
     */
    public static EncryptedFileSecretStore open(Path file, char[] passphrase) {
        Properties stored = load(file);
        byte[] salt;
        if (stored.getProperty(SALT) == null) {
            salt = new byte[16];
            new SecureRandom().nextBytes(salt);
        } else {
            salt = Base64.getDecoder().decode(stored.getProperty(SALT));
        }
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(file, derive(passphrase, salt));
        if (stored.getProperty(CHECK) == null) {
            stored.setProperty(SALT, Base64.getEncoder().encodeToString(salt));
            stored.setProperty(CHECK, store.encrypt("relaydesk".toCharArray()));
            store.save(stored);
        } else {
            store.decrypt(stored.getProperty(CHECK)); // fails here on a wrong passphrase
        }
        return store;
    }

    @Override
    public synchronized void put(String key, char[] secret) {
        Properties stored = load(file);
        stored.setProperty(ENTRY + key, encrypt(secret));
        save(stored);
    }

    @Override
    public synchronized Optional<char[]> get(String key) {
        String sealed = load(file).getProperty(ENTRY + key);
        return sealed == null ? Optional.empty() : Optional.of(decrypt(sealed));
    }

    @Override
    public synchronized void remove(String key) {
        Properties stored = load(file);
        if (stored.remove(ENTRY + key) != null) {
            save(stored);
        }
    }

    @Override
    public String description() {
        return "an encrypted file (" + file.getFileName() + ") unlocked with the owner's passphrase";
    }

    private String encrypt(char[] secret) {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(secret));
        byte[] plain = new byte[encoded.remaining()];
        encoded.get(plain);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("This Java runtime cannot encrypt with AES-GCM: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private char[] decrypt(String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            char[] secret = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(plain)).toString().toCharArray();
            Arrays.fill(plain, (byte) 0);
            return secret;
        } catch (AEADBadTagException e) {
            throw new SecretStoreException("The passphrase does not open the saved passwords in " + file
                    + ". Type it again; if it is lost, remove that file and enter the mailbox password again.", e);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("The saved passwords in " + file + " could not be decrypted: "
                    + e.getMessage(), e);
        }
    }

    private static SecretKey derive(char[] passphrase, byte[] salt) {
        if (passphrase == null || passphrase.length == 0) {
            throw new SecretStoreException("A passphrase is needed to protect saved passwords.");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("This Java runtime cannot derive keys with PBKDF2: " + e.getMessage(), e);
        }
    }

    private static Properties load(Path file) {
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                stored.load(in);
            } catch (IOException e) {
                throw new SecretStoreException("The saved passwords in " + file + " could not be read: "
                        + e.getMessage() + ". Check the file's permissions.", e);
            }
        }
        return stored;
    }

    private void save(Properties stored) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                stored.store(out, "RelayDesk saved passwords: AES-256-GCM, key from the owner's passphrase");
            }
            restrictToOwner(temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SecretStoreException("The password could not be saved to " + file + ": " + e.getMessage()
                    + ". Check that the disk has space and the data folder is writable.", e);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the per-user data folder's ACL, which is already private.
        }
    }
}
