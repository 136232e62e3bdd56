package org.onecsync.order.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.model.Requisite;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.InvalidOrderException;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/** Writes and reads the fields of an order with Jackson's streaming API; see {@link org.onecsync.order.OrderJson}. */
public final class OrderFields {

    private OrderFields() {
    }

    /**
     * Writes an order object.
     *
     * @param out the generator
     * @param o the order
     * @throws IOException when the generator fails
     */
    public static void write(JsonGenerator out, Order o) throws IOException {
        out.writeStartObject();
        text(out, "id", o.id());
        text(out, "number", o.number());
        text(out, "date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(o.date()));
        text(out, "currency", o.currency());
        number(out, "rate", o.rate());
        number(out, "total", o.total());
        Customer c = o.customer();
        out.writeObjectFieldStart("customer");
        text(out, "id", c.id());
        text(out, "name", c.name());
        text(out, "email", c.email());
        text(out, "phone", c.phone());
        text(out, "address", c.address());
        text(out, "firstName", c.firstName());
        text(out, "lastName", c.lastName());
        text(out, "inn", c.inn());
        out.writeEndObject();
        out.writeArrayFieldStart("lines");
        for (OrderItem line : o.lines()) {
            out.writeStartObject();
            text(out, "offer", line.offer());
            text(out, "name", line.name());
            number(out, "quantity", line.quantity());
            number(out, "price", line.price());
            number(out, "discount", line.discount());
            number(out, "sum", line.sum());
            text(out, "unit", line.unit());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (o.delivery() != null) {
            out.writeObjectFieldStart("delivery");
            text(out, "name", o.delivery().name());
            number(out, "price", o.delivery().price());
            out.writeEndObject();
        }
        text(out, "payment", o.payment());
        out.writeBooleanField("paid", o.paid());
        text(out, "status", o.status());
        text(out, "comment", o.comment());
        text(out, "changedAt", o.changedAt().toString());
        out.writeFieldName("requisites");
        requisites(out, o.requisites());
        out.writeEndObject();
    }

    /**
     * Writes requisites as an array of {@code {"name","value"}}.
     *
     * @param out the generator
     * @param requisites the requisites
     * @throws IOException when the generator fails
     */
    public static void requisites(JsonGenerator out, List<Requisite> requisites) throws IOException {
        out.writeStartArray();
        for (Requisite r : requisites) {
            out.writeStartObject();
            out.writeStringField("name", r.name());
            out.writeStringField("value", r.value());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /**
     * Reads an order object, the parser standing on its {@code START_OBJECT}.
     *
     * @param in the parser
     * @param changedAt the change time when the object has none, or {@code null} to require it
     * @return the order
     * @throws IOException when the parser fails
     */
    public static Order order(JsonParser in, Instant changedAt) throws IOException {
        JsonLocation start = in.currentTokenLocation();
        String where = in.getParsingContext().pathAsPointer().toString();
        JsonValues.expect(in, JsonToken.START_OBJECT, "an order object");
        Order.Builder b = Order.builder().changedAt(changedAt);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            in.nextToken();
            switch (name) {
                case "id" -> b.id(JsonValues.text(in));
                case "number" -> b.number(JsonValues.text(in));
                case "date" -> b.date(JsonValues.date(in));
                case "currency" -> b.currency(JsonValues.text(in));
                case "rate" -> b.rate(JsonValues.number(in));
                case "total" -> b.total(JsonValues.number(in));
                case "customer" -> b.customer(customer(in));
                case "lines" -> {
                    JsonValues.expect(in, JsonToken.START_ARRAY, "an array of lines");
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        b.line(line(in));
                    }
                }
                case "delivery" -> b.delivery(in.currentToken() == JsonToken.VALUE_NULL ? null : delivery(in));
                case "payment" -> b.payment(JsonValues.text(in));
                case "paid" -> b.paid(JsonValues.bool(in));
                case "status" -> b.status(JsonValues.text(in));
                case "comment" -> b.comment(JsonValues.text(in));
                case "changedAt" -> b.changedAt(JsonValues.instant(in));
                case "requisites" -> requisites(in).forEach(r -> b.requisite(r.name(), r.value()));
                default -> throw JsonValues.invalid(in, "unknown field \"" + name + "\"");
            }
        }
        try {
            return b.build();
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidOrderException("order at " + JsonValues.place(start, where) + ": " + refusal(e));
        }
    }

    /**
     * Reads an array of {@code {"name","value"}}, the parser standing on its {@code START_ARRAY}.
     *
     * @param in the parser
     * @return the requisites
     * @throws IOException when the parser fails
     */
    public static List<Requisite> requisites(JsonParser in) throws IOException {
        JsonValues.expect(in, JsonToken.START_ARRAY, "an array of {\"name\",\"value\"}");
        List<Requisite> list = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            JsonValues.expect(in, JsonToken.START_OBJECT, "a {\"name\",\"value\"} object");
            String name = null;
            String value = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "name" -> name = JsonValues.text(in);
                    case "value" -> value = JsonValues.text(in);
                    default -> throw JsonValues.invalid(in, "unknown field \"" + field + "\"");
                }
            }
            if (name == null) {
                throw JsonValues.invalid(in, "a requisite needs a name");
            }
            list.add(new Requisite(name, value));
        }
        return list;
    }

    private static Customer customer(JsonParser in) throws IOException {
        JsonValues.expect(in, JsonToken.START_OBJECT, "a customer object");
        String[] f = new String[8];
        List<String> names = List.of("id", "name", "email", "phone", "address", "firstName", "lastName", "inn");
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            int i = names.indexOf(field);
            if (i < 0) {
                throw JsonValues.invalid(in, "unknown field \"" + field + "\"");
            }
            f[i] = JsonValues.text(in);
        }
        if (f[1] == null) {
            throw JsonValues.invalid(in, "missing customer name");
        }
        return new Customer(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    }

    private static OrderItem line(JsonParser in) throws IOException {
        JsonValues.expect(in, JsonToken.START_OBJECT, "a line object");
        String offer = null;
        String name = null;
        String unit = null;
        BigDecimal[] n = new BigDecimal[4];
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "offer" -> offer = JsonValues.text(in);
                case "name" -> name = JsonValues.text(in);
                case "unit" -> unit = JsonValues.text(in);
                case "quantity" -> n[0] = JsonValues.number(in);
                case "price" -> n[1] = JsonValues.number(in);
                case "discount" -> n[2] = JsonValues.number(in);
                case "sum" -> n[3] = JsonValues.number(in);
                default -> throw JsonValues.invalid(in, "unknown field \"" + field + "\"");
            }
        }
        try {
            return new OrderItem(offer, name, n[0], n[1], n[2], n[3], unit);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw JsonValues.invalid(in, refusal(e));
        }
    }

    private static Delivery delivery(JsonParser in) throws IOException {
        JsonValues.expect(in, JsonToken.START_OBJECT, "a delivery object");
        String name = null;
        BigDecimal price = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "name" -> name = JsonValues.text(in);
                case "price" -> price = JsonValues.number(in);
                default -> throw JsonValues.invalid(in, "unknown field \"" + field + "\"");
            }
        }
        try {
            return new Delivery(name, price == null ? BigDecimal.ZERO : price);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw JsonValues.invalid(in, refusal(e));
        }
    }

    /**
     * What a value's constructor refused, for a person: its null checks name only what is missing
     * ({@code requireNonNull(offer, "line offer")}), so a {@code NullPointerException} reads
     * {@code missing line offer}.
     */
    private static String refusal(RuntimeException e) {
        return e instanceof NullPointerException ? "missing " + e.getMessage() : e.getMessage();
    }

    private static void text(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator out, String name, BigDecimal value) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            out.writeNumber(value.toPlainString());
        }
    }
}
