package com.relaydesk.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a token endpoint granted. The access token lives in memory only; the refresh token goes
 * to the secret store. {@link #toString()} never shows either.
 *
 * @param expiresAt    by this computer's clock, when the access token stops working
 * @param refreshToken empty when the answer carried none (a refresh that keeps the old one)
 * @param scopes       what was granted
 */
public record OAuthTokens(String accessToken, Optional<String> refreshToken, Instant expiresAt, Set<String> scopes) {

    public OAuthTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        refreshToken = refreshToken == null ? Optional.empty() : refreshToken;
        scopes = Set.copyOf(scopes);
    }

    /** Whether the token still has more than {@code margin} to live at {@code now}. */
    public boolean freshAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "OAuthTokens[expires " + expiresAt + ", scopes " + scopes + ", refresh token "
                + (refreshToken.isPresent() ? "present" : "absent") + "]";
    }
}
