package org.onecsync.commerceml.internal.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.commerceml.OrderDocuments;
import org.onecsync.model.Address;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Discount;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/** Maps an order document back to the shop's {@link Order}, the reverse of {@link DocumentOfShopOrder}. Not API. */
public final class ShopOrderOfDocument {

    private ShopOrderOfDocument() {
    }

    /**
     * The shop's order a document describes.
     *
     * @param doc the document
     * @param zone the zone {@code Дата изменения статуса} was written in
     * @return the order
     * @throws IllegalArgumentException when the document lacks what an order needs
     */
    public static Order map(org.onecsync.model.Order doc, ZoneId zone) {
        try {
            return order(doc, zone);
        } catch (NullPointerException e) {
            // The records name the missing field; the caller gets one kind of failure for an incomplete document.
            throw new IllegalArgumentException("document " + doc.id() + " is not a complete order: " + e.getMessage(),
                    e);
        }
    }

    private static Order order(org.onecsync.model.Order doc, ZoneId zone) {
        Map<String, String> fields = new HashMap<>();
        List<Requisite> own = new ArrayList<>();
        List<Requisite> flags = new ArrayList<>();
        for (Requisite r : doc.requisites()) {
            // What DocumentOfShopOrder wrote for the order's fields (the first of each name) is not a requisite.
            if (DocumentOfShopOrder.FIELDS.contains(r.name()) && !fields.containsKey(r.name())) {
                fields.put(r.name(), r.value());
                if (DocumentOfShopOrder.FLAGS.contains(r.name()) && r.value() != null
                        && !DocumentOfShopOrder.FALSE.equals(r.value())) {
                    flags.add(r);
                }
            } else {
                own.add(r);
            }
        }
        // A flag the order itself set comes back first among its requisites, in the order the document lists them.
        flags.addAll(own);
        List<OrderItem> items = new ArrayList<>(doc.lines().size());
        BigDecimal deliveryPrice = null;
        for (OrderLine l : doc.lines()) {
            if (OrderDocuments.DELIVERY_ID.equals(l.productId())) {
                deliveryPrice = l.price();
            } else {
                items.add(item(l));
            }
        }
        String deliveryName = fields.get(OrderDocuments.DELIVERY_METHOD);
        Delivery delivery = null;
        if (deliveryName != null || deliveryPrice != null) {
            delivery = new Delivery(deliveryName != null ? deliveryName : OrderDocuments.DELIVERY_NAME,
                    deliveryPrice != null ? deliveryPrice : BigDecimal.ZERO);
        }
        Customer customer = customer(doc, fields.get(OrderDocuments.DELIVERY_ADDRESS));
        return new Order(doc.id(), doc.number(), doc.date(), doc.currency(), doc.rate(), doc.total(), customer,
                items, delivery, fields.get(OrderDocuments.PAYMENT_METHOD),
                Boolean.parseBoolean(fields.get(OrderDocuments.PAID)), fields.get(OrderDocuments.STATUS),
                doc.comment(), changedAt(doc, fields.get(OrderDocuments.STATUS_CHANGED), zone), flags);
    }

    private static OrderItem item(OrderLine l) {
        BigDecimal discount = null;
        for (Discount d : l.discounts()) {
            if (d.sum() != null) {
                discount = discount == null ? d.sum() : discount.add(d.sum());
            }
        }
        return new OrderItem(l.productId(), l.name(), l.quantity(), l.price(), discount, l.sum(),
                ShopOrderNames.unitName(l.unit()));
    }

    private static Customer customer(org.onecsync.model.Order doc, String deliveryAddress) {
        Counterparty party = null;
        for (Counterparty c : doc.counterparties()) {
            if (OrderDocuments.ROLE_BUYER.equals(c.role())) {
                party = c;
                break;
            }
        }
        if (party == null) {
            if (doc.counterparties().isEmpty()) {
                throw new IllegalArgumentException("document " + doc.id() + " names no buyer");
            }
            party = doc.counterparties().get(0);
        }
        String email = null;
        String phone = null;
        for (Contact c : party.contacts()) {
            if (email == null && isEmail(c.type())) {
                email = c.value();
            } else if (phone == null && c.type() != null && c.type().startsWith("Телефон")) {
                phone = c.value();
            }
        }
        String address = deliveryAddress;
        for (Address a : party.addresses()) {
            if (OrderDocuments.ADDRESS.equals(a.kind()) && a.presentation() != null) {
                address = a.presentation();
                break;
            }
        }
        String name = party.name() != null ? party.name() : party.fullName() != null ? party.fullName() : "";
        String id = party.id() == null || party.id().equals(ShopOrderNames.guestId(email, phone, name))
                ? null : party.id();
        return new Customer(id, name, email, phone, address, null, null, party.inn());
    }

    private static boolean isEmail(String type) {
        return OrderDocuments.CONTACT_EMAIL.equals(type) || "Почта".equals(type) || "Email".equalsIgnoreCase(type);
    }

    private static Instant changedAt(org.onecsync.model.Order doc, String text, ZoneId zone) {
        if (text != null) {
            try {
                return LocalDateTime.parse(text.trim(), DocumentOfShopOrder.STATUS_TIME).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("document " + doc.id() + ": " + OrderDocuments.STATUS_CHANGED
                        + " is not yyyy-MM-dd HH:mm:ss: " + text, e);
            }
        }
        if (doc.date() == null) {
            throw new IllegalArgumentException("document " + doc.id() + " has neither a date nor "
                    + OrderDocuments.STATUS_CHANGED);
        }
        return doc.date().atZone(zone).toInstant();
    }
}
