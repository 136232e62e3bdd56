package org.onecsync.feed;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price of a feed product or variant.
 *
 * @param slot which price it is: the feed's price, its old (crossed-out) price, or a price type named by the feed
 * @param type the price type's name for {@link Slot#NAMED}, else {@code null}
 * @param amount the amount, never negative
 * @param currency the currency as written ({@code RUB}, {@code руб.}), or {@code null} for the price type's
 */
public record FeedPrice(Slot slot, String type, BigDecimal amount, String currency) {

    /** Which price a {@link FeedPrice} is. */
    public enum Slot {
        /** The feed's {@code price}: goes to {@link FeedDefaults#priceType()}. */
        PRICE,
        /** The feed's {@code old_price}: goes to {@link FeedDefaults#oldPriceType()}. */
        OLD_PRICE,
        /** A price type the feed names ({@code prices[].type}, a profile's {@code price.<name>} column). */
        NAMED
    }

    /**
     * @param slot see the record's components
     * @param type see the record's components
     * @param amount see the record's components
     * @param currency see the record's components
     * @throws NullPointerException if {@code slot} or {@code amount} is {@code null}, or {@code type} for a named
     *         price
     */
    public FeedPrice {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(amount, "amount");
        if (slot == Slot.NAMED) {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * The feed's price.
     *
     * @param amount the amount
     * @return the price
     */
    public static FeedPrice price(BigDecimal amount) {
        return new FeedPrice(Slot.PRICE, null, amount, null);
    }

    /**
     * The feed's old price.
     *
     * @param amount the amount
     * @return the price
     */
    public static FeedPrice oldPrice(BigDecimal amount) {
        return new FeedPrice(Slot.OLD_PRICE, null, amount, null);
    }

    /**
     * A price of a named type.
     *
     * @param type the price type's name
     * @param amount the amount
     * @param currency the currency, or {@code null}
     * @return the price
     */
    public static FeedPrice named(String type, BigDecimal amount, String currency) {
        return new FeedPrice(Slot.NAMED, type, amount, currency);
    }
}
