package org.onecsync.commerceml.internal.order;

import static org.onecsync.commerceml.OrderDocuments.CANCELLED;
import static org.onecsync.commerceml.OrderDocuments.DELIVERY_ALLOWED;
import static org.onecsync.commerceml.OrderDocuments.FINAL_STATUS;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onecsync.commerceml.OrderDocuments;
import org.onecsync.model.Address;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Discount;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.onecsync.order.Customer;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/** Maps the shop's {@link Order} to the {@link org.onecsync.model.Order} document 1C fetches. Not API. */
public final class DocumentOfShopOrder {

    /** {@code Дата изменения статуса} as 1C's sample writes it, in every version. */
    static final DateTimeFormatter STATUS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The flags the shop's order has no field for: its own requisite of that name, else {@code false}. */
    static final List<String> FLAGS = List.of(DELIVERY_ALLOWED, CANCELLED, FINAL_STATUS);
    /** Every requisite {@link #requisites} writes for a field or flag of the order, ahead of the order's own. */
    static final Set<String> FIELDS = Set.of(OrderDocuments.PAYMENT_METHOD, OrderDocuments.PAID, DELIVERY_ALLOWED,
            CANCELLED, FINAL_STATUS, OrderDocuments.STATUS, OrderDocuments.STATUS_CHANGED,
            OrderDocuments.DELIVERY_ADDRESS, OrderDocuments.DELIVERY_METHOD);
    static final String FALSE = "false";

    private DocumentOfShopOrder() {
    }

    /**
     * The document of an order.
     *
     * @param order the shop's order
     * @param zone the zone {@code Дата изменения статуса} is written in
     * @return the document
     */
    public static org.onecsync.model.Order map(Order order, ZoneId zone) {
        List<OrderLine> lines = new ArrayList<>(order.lines().size() + 1);
        for (OrderItem item : order.lines()) {
            lines.add(line(item));
        }
        if (order.delivery() != null) {
            OrderDocuments.deliveryLine(order.delivery().price()).ifPresent(lines::add);
        }
        return new org.onecsync.model.Order(order.id(), order.number(), order.date().truncatedTo(ChronoUnit.SECONDS),
                OrderDocuments.OPERATION_SALE, OrderDocuments.ROLE_SELLER, order.currency(), order.rate(),
                order.total(), List.of(party(order.customer())), lines, requisites(order, zone), false,
                order.comment());
    }

    private static Counterparty party(Customer c) {
        String id = ShopOrderNames.present(c.id()) ? c.id() : ShopOrderNames.guestId(c);
        List<Address> addresses = ShopOrderNames.present(c.address())
                ? List.of(new Address(OrderDocuments.ADDRESS, c.address(), List.of())) : List.of();
        List<Contact> contacts = new ArrayList<>(2);
        if (ShopOrderNames.present(c.email())) {
            contacts.add(new Contact(OrderDocuments.CONTACT_EMAIL, c.email()));
        }
        if (ShopOrderNames.present(c.phone())) {
            contacts.add(new Contact(OrderDocuments.CONTACT_PHONE, c.phone()));
        }
        return new Counterparty(id, c.name(), c.name(), null, OrderDocuments.ROLE_BUYER, c.inn(), null, null,
                addresses, contacts, List.of(), List.of(), null, false);
    }

    private static OrderLine line(OrderItem item) {
        // A discount of zero is written too, so that "no discount" and "a discount of 0" stay apart.
        List<Discount> discounts = item.discount() == null ? List.of()
                : List.of(new Discount(OrderDocuments.LINE_DISCOUNT, item.discount(), null, true));
        return new OrderLine(item.offer(), item.name(), ShopOrderNames.unit(item.unit()), item.price(),
                item.quantity(), item.sum(), List.of(new Requisite(OrderDocuments.ITEM_KIND, OrderDocuments.GOODS),
                        new Requisite(OrderDocuments.ITEM_TYPE, OrderDocuments.GOODS)), null, discounts);
    }

    private static List<Requisite> requisites(Order order, ZoneId zone) {
        List<Requisite> own = new ArrayList<>(order.requisites());
        List<Requisite> out = new ArrayList<>(9 + own.size());
        out.add(new Requisite(OrderDocuments.PAYMENT_METHOD, text(order.payment())));
        out.add(new Requisite(OrderDocuments.PAID, Boolean.toString(order.paid())));
        for (String flag : FLAGS) {
            out.add(new Requisite(flag, takeFlag(own, flag)));
        }
        out.add(new Requisite(OrderDocuments.STATUS, text(order.status())));
        out.add(new Requisite(OrderDocuments.STATUS_CHANGED, STATUS_TIME.format(order.changedAt().atZone(zone))));
        out.add(new Requisite(OrderDocuments.DELIVERY_ADDRESS, text(order.customer().address())));
        if (order.delivery() != null) {
            out.add(new Requisite(OrderDocuments.DELIVERY_METHOD, order.delivery().name()));
        }
        out.addAll(own);
        return out;
    }

    /** Removes the first own requisite named {@code flag} and gives its value; {@code false} when there is none. */
    private static String takeFlag(List<Requisite> own, String flag) {
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).name().equals(flag)) {
                String value = own.remove(i).value();
                return value == null ? FALSE : value;
            }
        }
        return FALSE;
    }

    /** 1C expects each listed requisite, so an unknown value is written empty rather than left out. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
