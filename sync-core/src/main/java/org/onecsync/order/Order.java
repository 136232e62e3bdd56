package org.onecsync.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onecsync.model.Requisite;

/**
 * An order as the shop knows it, to be written to 1C as a {@code Документ} with {@code ХозОперация}
 * {@code Заказ товара}. Build one with {@link #builder()}.
 *
 * @param id the shop's order id ({@code Ид})
 * @param number the order number the customer sees ({@code Номер})
 * @param date when the order was placed ({@code Дата} and {@code Время}), in the shop's local time
 * @param currency the currency code ({@code Валюта}), e.g. {@code RUB}
 * @param rate the exchange rate ({@code Курс}), 1 for the base currency
 * @param total what the order costs ({@code Сумма}): the lines' sums plus the delivery's price unless given
 * @param customer the buyer
 * @param lines the lines, at least one
 * @param delivery the delivery, or {@code null}
 * @param payment the payment method's name ({@code Метод оплаты}), or {@code null}
 * @param paid whether the order is paid ({@code Заказ оплачен})
 * @param status the shop's status text ({@code Статус заказа}), or {@code null}
 * @param comment the customer's or the shop's comment ({@code Комментарий}), or {@code null}
 * @param changedAt when the order last changed: the export cursor. Kept to the microsecond, as the databases keep it.
 * @param requisites further name/value pairs passed through to the document's {@code ЗначенияРеквизитов}, in order
 */
public record Order(String id, String number, LocalDateTime date, String currency, BigDecimal rate, BigDecimal total,
                    Customer customer, List<OrderItem> lines, Delivery delivery, String payment, boolean paid,
                    String status, String comment, Instant changedAt, List<Requisite> requisites) {

    /**
     * Checks the required fields and keeps copies of the lists.
     *
     * @param id the order id, required
     * @param number the number, required
     * @param date the date, required
     * @param currency the currency, required
     * @param rate the rate, required
     * @param total the total, required
     * @param customer the buyer, required
     * @param lines the lines, at least one
     * @param delivery the delivery, or {@code null}
     * @param payment the payment method, or {@code null}
     * @param paid whether it is paid
     * @param status the status, or {@code null}
     * @param comment the comment, or {@code null}
     * @param changedAt when it last changed, required; truncated to the microsecond
     * @param requisites the extra requisites
     */
    public Order {
        Objects.requireNonNull(id, "order id");
        Objects.requireNonNull(number, "order number");
        Objects.requireNonNull(date, "order date");
        Objects.requireNonNull(currency, "order currency");
        Objects.requireNonNull(rate, "order rate");
        Objects.requireNonNull(total, "order total");
        Objects.requireNonNull(customer, "order customer");
        Objects.requireNonNull(changedAt, "order changedAt");
        if (id.isBlank() || number.isBlank()) {
            throw new IllegalArgumentException("order id and number must not be blank");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order " + number + " has no lines");
        }
        requisites = List.copyOf(requisites);
        changedAt = changedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@return a builder of an order} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this order's fields, to change some of them} */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).number(number).date(date).currency(currency).rate(rate).total(total)
                .customer(customer).delivery(delivery).payment(payment).paid(paid).status(status).comment(comment)
                .changedAt(changedAt);
        lines.forEach(b::line);
        requisites.forEach(r -> b.requisite(r.name(), r.value()));
        return b;
    }

    /** Builds an {@link Order}; the id defaults to the number, the rate to 1, the total to lines plus delivery. */
    public static final class Builder {

        private String id;
        private String number;
        private LocalDateTime date;
        private String currency;
        private BigDecimal rate = BigDecimal.ONE;
        private BigDecimal total;
        private Customer customer;
        private final List<OrderItem> lines = new ArrayList<>();
        private Delivery delivery;
        private String payment;
        private boolean paid;
        private String status;
        private String comment;
        private Instant changedAt;
        private final List<Requisite> requisites = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param value the shop's order id; the number when not set
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * @param value the order number
         * @return this builder
         */
        public Builder number(String value) {
            number = value;
            return this;
        }

        /**
         * @param value when the order was placed
         * @return this builder
         */
        public Builder date(LocalDateTime value) {
            date = value;
            return this;
        }

        /**
         * @param value the currency code
         * @return this builder
         */
        public Builder currency(String value) {
            currency = value;
            return this;
        }

        /**
         * @param value the exchange rate; 1 when not set
         * @return this builder
         */
        public Builder rate(BigDecimal value) {
            rate = value;
            return this;
        }

        /**
         * @param value the total; the lines' sums plus the delivery's price when not set
         * @return this builder
         */
        public Builder total(BigDecimal value) {
            total = value;
            return this;
        }

        /**
         * @param value the buyer
         * @return this builder
         */
        public Builder customer(Customer value) {
            customer = value;
            return this;
        }

        /**
         * @param value a line, added after the others
         * @return this builder
         */
        public Builder line(OrderItem value) {
            lines.add(Objects.requireNonNull(value, "line"));
            return this;
        }

        /**
         * @param value the delivery, or {@code null}
         * @return this builder
         */
        public Builder delivery(Delivery value) {
            delivery = value;
            return this;
        }

        /**
         * @param value the payment method's name
         * @return this builder
         */
        public Builder payment(String value) {
            payment = value;
            return this;
        }

        /**
         * @param value whether the order is paid
         * @return this builder
         */
        public Builder paid(boolean value) {
            paid = value;
            return this;
        }

        /**
         * @param value the shop's status text
         * @return this builder
         */
        public Builder status(String value) {
            status = value;
            return this;
        }

        /**
         * @param value the comment
         * @return this builder
         */
        public Builder comment(String value) {
            comment = value;
            return this;
        }

        /**
         * @param value when the order last changed
         * @return this builder
         */
        public Builder changedAt(Instant value) {
            changedAt = value;
            return this;
        }

        /**
         * @param name a requisite's name
         * @param value its value, or {@code null}
         * @return this builder
         */
        public Builder requisite(String name, String value) {
            requisites.add(new Requisite(Objects.requireNonNull(name, "requisite name"), value));
            return this;
        }

        /**
         * @return the order
         * @throws NullPointerException when a required field is missing
         * @throws IllegalArgumentException when there are no lines or a value is out of range
         */
        public Order build() {
            BigDecimal sum = total;
            if (sum == null) {
                sum = delivery == null ? BigDecimal.ZERO : delivery.price();
                for (OrderItem line : lines) {
                    sum = sum.add(line.sum());
                }
            }
            return new Order(id == null ? number : id, number, date, currency, rate, sum, customer, lines, delivery,
                    payment, paid, status, comment, changedAt, requisites);
        }
    }
}
