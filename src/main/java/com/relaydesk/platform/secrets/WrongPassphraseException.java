package com.relaydesk.platform.secrets;

/** The passphrase opens no key slot of the secrets file: typing it again may help. */
public final class WrongPassphraseException extends SecretStoreException {

    public WrongPassphraseException(String message) {
        super(message);
    }
}
