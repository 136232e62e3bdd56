package org.onecsync.order;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.model.Requisite;
import org.onecsync.order.internal.JsonValues;
import org.onecsync.order.internal.OrderFields;

/**
 * Orders as JSON: one order is an object whose keys are {@link Order}'s components ({@code customer},
 * {@code lines} and {@code delivery} nested objects, {@code requisites} an array of {@code {"name","value"}}),
 * amounts as JSON numbers (strings holding a number are read too), {@code date} as {@code 2026-11-30T10:15:00} (a date
 * alone is midnight), {@code changedAt} as an ISO-8601 instant. The store keeps orders in this form and
 * {@code onec-sync orders add} reads it.
 *
 * <p>Reading is strict about names, so that a misspelt key is reported, not dropped; it fills what {@link Order.Builder}
 * fills (the id from the number, the rate, sums and total) and takes {@code changedAt} from the caller when absent.
 */
public final class OrderJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private OrderJson() {
    }

    /**
     * Writes one order as compact JSON, every field in component order, {@code null}s left out.
     *
     * @param order the order
     * @return its JSON text
     */
    public static String write(Order order) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            OrderFields.write(out, order);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * Reads one order, as {@link #write} writes it.
     *
     * @param json the JSON text of one order object
     * @return the order
     * @throws InvalidOrderException when it is not one complete order
     */
    public static Order read(String json) {
        List<Order> orders = readAll(new StringReader(json), null);
        if (orders.size() != 1) {
            throw new InvalidOrderException("expected one order, found " + orders.size());
        }
        return orders.get(0);
    }

    /**
     * Reads one order object or an array of them.
     *
     * @param in the JSON text, read to its end
     * @param changedAt the {@link Order#changedAt()} of orders that carry none, or {@code null} to require it
     * @return the orders, in the order read
     * @throws InvalidOrderException when the text is not valid JSON, not orders, or an order is incomplete; the
     *     message names the line, column and JSON pointer
     * @throws UncheckedIOException when {@code in} fails
     */
    public static List<Order> readAll(Reader in, Instant changedAt) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            List<Order> orders = new ArrayList<>();
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    orders.add(OrderFields.order(parser, changedAt));
                }
            } else if (first == JsonToken.START_OBJECT) {
                orders.add(OrderFields.order(parser, changedAt));
            } else {
                throw JsonValues.invalid(parser, "expected an order object or an array of them");
            }
            if (parser.nextToken() != null) {
                throw JsonValues.invalid(parser, "unexpected content after the orders");
            }
            return orders;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidOrderException("not valid JSON at " + JsonValues.place(at, null) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes requisites as a JSON array of {@code {"name","value"}} objects (the form of {@link Order#requisites()}).
     *
     * @param requisites the requisites
     * @return the JSON text
     */
    public static String writeRequisites(List<Requisite> requisites) {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            OrderFields.requisites(out, requisites);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Reads requisites as {@link #writeRequisites} writes them.
     *
     * @param json the JSON array
     * @return the requisites, in order
     * @throws InvalidOrderException when the text is not such an array
     */
    public static List<Requisite> readRequisites(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return OrderFields.requisites(parser);
        } catch (JsonProcessingException e) {
            throw new InvalidOrderException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
