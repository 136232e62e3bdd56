package org.onecsync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One sale exchange ({@code type=sale}), from its {@code init} to the next: the CommerceML version its orders are
 * written in, and whether 1C spoke the new protocol (it sent {@code version} at {@code init}: its status files are
 * then applied on {@code import}, not in the upload call).
 *
 * @param id the exchange id
 * @param version the CommerceML version negotiated, such as {@code 2.05} or {@code 3.1}
 * @param newProtocol whether 1C sent {@code version} at {@code init}
 * @param startedAt when {@code init} began it
 */
public record SaleExchange(String id, String version, boolean newProtocol, Instant startedAt) {

    /**
     * Checks the fields.
     *
     * @param id the exchange id
     * @param version the CommerceML version negotiated
     * @param newProtocol whether 1C sent {@code version} at {@code init}
     * @param startedAt when {@code init} began it
     */
    public SaleExchange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
