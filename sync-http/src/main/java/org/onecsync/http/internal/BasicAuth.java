package org.onecsync.http.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The user and password of an {@code Authorization: Basic …} header.
 *
 * @param user the user
 * @param password the password
 */
public record BasicAuth(String user, String password) {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /**
     * Reads the header. 1C sends UTF-8; older clients on Russian Windows send windows-1251, tried when the bytes
     * are not UTF-8.
     *
     * @param header the header's value, or {@code null}
     * @return the credentials, or {@code null} when the header is absent or not Basic
     */
    public static BasicAuth parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (value.length() < 6 || !value.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1251);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new BasicAuth(text.substring(0, colon), text.substring(colon + 1));
    }

    /** {@return the user, never the password} */
    @Override
    public String toString() {
        return "BasicAuth[user=" + user + "]";
    }
}
