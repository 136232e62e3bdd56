package org.onecsync.http.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Exchange ids: the UTC time of {@code init} and 8 random hex characters ({@code 20260130T120000Z-1a2b3c4d}), safe as
 * a folder name. The status endpoints accept an id from a request only when it has exactly this form, so a request
 * can never name a path of its own.
 */
public final class ExchangeIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern FORMAT = Pattern.compile("[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}");

    private ExchangeIds() {
    }

    static String next(Instant now) {
        return TIME.format(now) + "-" + Tokens.next().substring(0, 8);
    }

    /**
     * Whether a text is an id this server could have issued.
     *
     * @param candidate the text, or {@code null}
     * @return whether it has exactly the form of an exchange id
     */
    public static boolean valid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
