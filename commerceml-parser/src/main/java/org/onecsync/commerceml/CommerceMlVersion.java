package org.onecsync.commerceml;

import java.util.Objects;

/**
 * A CommerceML schema version the {@link OrderDocumentWriter} writes. The versions differ in how an order
 * document looks: above 2.05 a line's unit is {@code Единица} with a {@code Коэффициент} (2.05:
 * {@code БазоваяЕдиница}); from 2.10 {@code Дата} holds date and time ({@code yyyy-MM-ddTHH:mm:ss}) and the
 * requisite {@code Доставка разрешена} is no longer written; from 3.0 every document is wrapped in a
 * {@code Контейнер}.
 */
public enum CommerceMlVersion {
    /** 2.05: the default when 1C sends no {@code version} in {@code init}. */
    V2_05("2.05"),
    /** 2.08. */
    V2_08("2.08"),
    /** 2.10. */
    V2_10("2.10"),
    /** 3.1, as 1C:УТ 11 "Обмен с сайтом" speaks it. */
    V3_1("3.1");

    private final String label;

    CommerceMlVersion(String label) {
        this.label = label;
    }

    /**
     * The version as written in {@code ВерсияСхемы} and in the {@code version=} line of an {@code init} reply.
     *
     * @return {@code 2.05}, {@code 2.08}, {@code 2.10} or {@code 3.1}
     */
    public String label() {
        return label;
    }

    /**
     * The version with this label.
     *
     * @param label {@code 2.05}, {@code 2.08}, {@code 2.10} or {@code 3.1} (surrounding spaces ignored)
     * @return the version
     * @throws IllegalArgumentException if no version has that label
     */
    public static CommerceMlVersion of(String label) {
        Objects.requireNonNull(label, "label");
        String trimmed = label.trim();
        for (CommerceMlVersion v : values()) {
            if (v.label.equals(trimmed)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unsupported CommerceML version \"" + label + "\" (supported: 2.05, 2.08,"
                + " 2.10, 3.1)");
    }

    /** Above 2.05: {@code Единица} and {@code Коэффициент} instead of {@code БазоваяЕдиница}. */
    boolean unitWithCoefficient() {
        return this != V2_05;
    }

    /** From 2.10: {@code Дата} as {@code yyyy-MM-ddTHH:mm:ss}. */
    boolean dateWithTime() {
        return compareTo(V2_10) >= 0;
    }

    /** From 3.0: every order's documents inside a {@code Контейнер}. */
    boolean containers() {
        return compareTo(V3_1) >= 0;
    }
}
