package org.onecsync.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order document ({@code Документ}; in 3.1 inside a {@code Контейнер}).
 *
 * @param id the document id
 * @param number {@code Номер}, or {@code null}
 * @param date {@code Дата} and {@code Время} combined, or {@code null} when absent or 1C's empty date
 * @param operation {@code ХозОперация} ({@code Заказ товара}), or {@code null}
 * @param role {@code Роль} of the writer ({@code Продавец}), or {@code null}
 * @param currency {@code Валюта}, or {@code null}
 * @param rate {@code Курс}, or {@code null}
 * @param total {@code Сумма}, or {@code null}
 * @param counterparties the document's counterparties
 * @param lines its lines
 * @param requisites its requisites (status, payment, delivery, …)
 * @param deleted whether 1C marked it for deletion
 * @param comment {@code Комментарий}: the customer's or the shop's note, or {@code null}
 */
public record Order(String id, String number, LocalDateTime date, String operation, String role,
                    String currency, BigDecimal rate, BigDecimal total, List<Counterparty> counterparties,
                    List<OrderLine> lines, List<Requisite> requisites, boolean deleted, String comment)
        implements CatalogRecord {

    /**
     * Creates an order, keeping copies of its lists so that the record stays immutable.
     *
     * @param id the document id
     * @param number {@code Номер}, or {@code null}
     * @param date {@code Дата} and {@code Время} combined, or {@code null}
     * @param operation {@code ХозОперация}, or {@code null}
     * @param role {@code Роль} of the writer, or {@code null}
     * @param currency {@code Валюта}, or {@code null}
     * @param rate {@code Курс}, or {@code null}
     * @param total {@code Сумма}, or {@code null}
     * @param counterparties the document's counterparties
     * @param lines its lines
     * @param requisites its requisites
     * @param deleted whether 1C marked it for deletion
     * @param comment {@code Комментарий}, or {@code null}
     */
    public Order {
        counterparties = List.copyOf(counterparties);
        lines = List.copyOf(lines);
        requisites = List.copyOf(requisites);
    }

    /**
     * Creates an order without a comment (the form before {@code Комментарий} was read).
     *
     * @param id the document id
     * @param number {@code Номер}, or {@code null}
     * @param date {@code Дата} and {@code Время} combined, or {@code null}
     * @param operation {@code ХозОперация}, or {@code null}
     * @param role {@code Роль} of the writer, or {@code null}
     * @param currency {@code Валюта}, or {@code null}
     * @param rate {@code Курс}, or {@code null}
     * @param total {@code Сумма}, or {@code null}
     * @param counterparties the document's counterparties
     * @param lines its lines
     * @param requisites its requisites
     * @param deleted whether 1C marked it for deletion
     */
    public Order(String id, String number, LocalDateTime date, String operation, String role, String currency,
                 BigDecimal rate, BigDecimal total, List<Counterparty> counterparties, List<OrderLine> lines,
                 List<Requisite> requisites, boolean deleted) {
        this(id, number, date, operation, role, currency, rate, total, counterparties, lines, requisites, deleted,
                null);
    }

    @Override
    public EntityType type() {
        return EntityType.ORDER;
    }

    @Override
    public String key() {
        return id;
    }
}
