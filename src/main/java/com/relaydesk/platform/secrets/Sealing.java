package com.relaydesk.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The few primitives the encrypted secrets file is built from: PBKDF2 for passphrases, AES-256-GCM
 * with associated data (so a sealed value cannot be moved to another entry or slot unnoticed), and
 * HMAC-SHA256 over the whole file. Keys are raw 32-byte arrays; values travel as Base64.
 */
final class Sealing {

    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private final SecureRandom random = new SecureRandom();

    /** A GCM tag did not match: a wrong key (passphrase) or a changed value. */
    static final class WrongKey extends Exception {
        WrongKey(Throwable cause) {
            super(cause);
        }
    }

    byte[] randomKey() {
        return randomBytes(KEY_BYTES);
    }

    byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        if (passphrase == null || passphrase.length == 0) {
            throw new SecretStoreException("A passphrase is needed to protect saved passwords.");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("This Java runtime cannot derive keys with PBKDF2: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }

    String seal(byte[] key, byte[] plain, String context) {
        try {
            byte[] iv = randomBytes(IV_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("This Java runtime cannot encrypt with AES-GCM: " + e.getMessage(), e);
        }
    }

    static byte[] open(byte[] key, String sealed, String context) throws WrongKey {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new WrongKey(e); // not even Base64: changed by hand
        }
        if (bytes.length < IV_BYTES + 16) {
            throw new WrongKey(null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new WrongKey(e);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("This Java runtime cannot decrypt with AES-GCM: " + e.getMessage(), e);
        }
    }

    static String mac(byte[] key, String label, String content) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(subKey(key, label), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("This Java runtime cannot compute HMAC-SHA256: " + e.getMessage(), e);
        }
    }

    static boolean sameMac(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** A separate key for each purpose (HKDF-Expand with one block), so the MAC key never encrypts. */
    private static byte[] subKey(byte[] key, String label) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        hmac.update(label.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 1);
        return hmac.doFinal();
    }

    static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    static char[] chars(byte[] utf8) {
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(utf8));
        char[] chars = new char[decoded.remaining()];
        decoded.get(chars);
        if (decoded.hasArray()) {
            Arrays.fill(decoded.array(), '\0');
        }
        return chars;
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] unbase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SecretStoreException("A salt in the saved-passwords file is damaged.", e);
        }
    }
}
