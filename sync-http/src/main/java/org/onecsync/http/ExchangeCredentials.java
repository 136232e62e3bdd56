package org.onecsync.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The user and password 1C sends with HTTP Basic. Compared in constant time; never shown by {@link #toString()}.
 */
public final class ExchangeCredentials {

    private final String user;
    private final byte[] userBytes;
    private final byte[] password;

    /**
     * @param user the user name 1C is configured with, not blank
     * @param password the password, not empty
     * @throws IllegalArgumentException if the user is blank or the password empty
     */
    public ExchangeCredentials(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("the exchange user must not be blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the exchange password must not be empty");
        }
        this.user = user;
        this.userBytes = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    /** {@return the user name} */
    public String user() {
        return user;
    }

    /**
     * Whether a user and password are these, compared in constant time (both are compared, whatever the first
     * gives, so the time tells nothing about which one was wrong).
     *
     * @param candidateUser the user sent
     * @param candidatePassword the password sent
     * @return whether both match
     */
    public boolean matches(String candidateUser, String candidatePassword) {
        if (candidateUser == null || candidatePassword == null) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(userBytes, candidateUser.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(password,
                candidatePassword.getBytes(StandardCharsets.UTF_8));
        return userMatches & passwordMatches;
    }

    /** {@return the user, never the password} */
    @Override
    public String toString() {
        return "ExchangeCredentials[user=" + user + "]";
    }
}
