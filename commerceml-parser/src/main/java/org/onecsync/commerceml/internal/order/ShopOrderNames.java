package org.onecsync.commerceml.internal.order;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onecsync.model.UnitRef;
import org.onecsync.order.Customer;

/**
 * What the shop's orders and 1C's documents share both ways: the units 1C knows by code and guests' ids. Not API.
 */
public final class ShopOrderNames {

    /** A piece, OKEI 796: also the unit of the delivery line, as 1C's sample gives it. */
    public static final UnitRef PIECE = new UnitRef("796", "шт", "Штука", "PCE");

    /** The OKEI units a shop most often names, so that 1C finds them by code. */
    private static final Map<String, UnitRef> UNITS = Map.of(
            PIECE.name(), PIECE,
            "кг", new UnitRef("166", "кг", "Килограмм", "KGM"),
            "м", new UnitRef("006", "м", "Метр", "MTR"),
            "л", new UnitRef("112", "л", "Литр", "LTR"));

    private ShopOrderNames() {
    }

    /** The unit for a line's unit name: the known OKEI unit, else the name alone (1C matches it by name). */
    static UnitRef unit(String name) {
        UnitRef known = UNITS.get(name);
        return known != null ? known : new UnitRef(null, name, null, null);
    }

    /** The unit name a document's unit stands for: its short name, else the known unit of its code. */
    static String unitName(UnitRef unit) {
        if (unit == null) {
            return null;
        }
        if (unit.name() != null) {
            return unit.name();
        }
        for (UnitRef known : UNITS.values()) {
            if (known.code().equals(unit.code())) {
                return known.name();
            }
        }
        return unit.code();
    }

    /**
     * The id of a customer the shop has no id for: derived from the e-mail (case-insensitive), else the phone's
     * digits, else the name, so that 1C keeps one counterparty per guest across orders.
     */
    static String guestId(Customer c) {
        return guestId(c.email(), c.phone(), c.name());
    }

    /** {@link #guestId(Customer)} of a customer with this e-mail, phone and name. */
    static String guestId(String email, String phone, String name) {
        String key;
        if (present(email)) {
            key = "email:" + email.trim().toLowerCase(Locale.ROOT);
        } else if (present(phone) && !digits(phone).isEmpty()) {
            key = "phone:" + digits(phone);
        } else {
            key = "name:" + name.trim();
        }
        return "guest-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String digits(String phone) {
        StringBuilder sb = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char ch = phone.charAt(i);
            if (ch >= '0' && ch <= '9') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
