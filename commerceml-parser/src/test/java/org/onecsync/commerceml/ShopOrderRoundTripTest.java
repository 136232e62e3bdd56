package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onecsync.order.Order;

/** The shop's orders come back equal from the bytes 1C gets, in every version and both charsets. */
class ShopOrderRoundTripTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    static Stream<Arguments> versionsAndCharsets() {
        List<Arguments> out = new ArrayList<>();
        for (CommerceMlVersion version : CommerceMlVersion.values()) {
            out.add(Arguments.of(version, StandardCharsets.UTF_8));
            out.add(Arguments.of(version, OrderDocumentWriter.WINDOWS_1251));
        }
        return out.stream();
    }

    static List<Order> roundTrip(List<Order> orders, CommerceMlVersion version, Charset charset) throws IOException {
        OrderDocumentWriter writer = OrderDocumentWriter.builder().version(version).charset(charset).build();
        List<org.onecsync.model.Order> documents = orders.stream()
                .map(o -> OrderDocuments.toDocument(o, MOSCOW)).toList();
        byte[] bytes = OrderDocumentWriterTest.write(writer, documents);
        String head = charset.equals(StandardCharsets.UTF_8) ? "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                : "<?xml version=\"1.0\" encoding=\"windows-1251\"?>";
        assertEquals(head, new String(bytes, charset).substring(0, head.length()));
        return OrderDocumentWriterTest.read(bytes).stream().map(d -> OrderDocuments.toShopOrder(d, MOSCOW)).toList();
    }

    @ParameterizedTest
    @MethodSource("versionsAndCharsets")
    void readsBackTheSameShopOrders(CommerceMlVersion version, Charset charset) throws IOException {
        List<Order> orders = ShopOrderSamples.all();
        assertEquals(orders, roundTrip(orders, version, charset));
    }

    @ParameterizedTest
    @MethodSource("versionsAndCharsets")
    void keepsAFlagOtherThanFalseButDropsDeliveryAllowedFrom210(CommerceMlVersion version, Charset charset)
            throws IOException {
        Order order = ShopOrderSamples.cancelledWithoutDelivery().toBuilder()
                .requisite(OrderDocuments.DELIVERY_ALLOWED, "true").build();
        Order back = roundTrip(List.of(order), version, charset).get(0);
        List<org.onecsync.model.Requisite> expected = new ArrayList<>();
        if (version.compareTo(CommerceMlVersion.V2_10) < 0) {
            expected.add(new org.onecsync.model.Requisite(OrderDocuments.DELIVERY_ALLOWED, "true"));
        }
        expected.addAll(ShopOrderSamples.cancelledWithoutDelivery().requisites());
        assertEquals(expected, back.requisites());
    }

    @ParameterizedTest
    @MethodSource("versionsAndCharsets")
    void documentsWhatDoesNotSurvive(CommerceMlVersion version, Charset charset) throws IOException {
        Order full = ShopOrderSamples.full();
        Order lossy = full.toBuilder()
                .date(full.date().withNano(123_456_789))
                .changedAt(full.changedAt().plusNanos(654_321_000))
                .customer(new org.onecsync.order.Customer("c-42", "Иванов Иван", "ivan@example.ru", " ", null,
                        "Иван", "Иванов", null))
                .delivery(new org.onecsync.order.Delivery("Самовывоз", new java.math.BigDecimal("0.00")))
                .payment(null).requisite(OrderDocuments.CANCELLED, "false").build();
        Order expected = full.toBuilder()
                .customer(new org.onecsync.order.Customer("c-42", "Иванов Иван", "ivan@example.ru", null, null,
                        null, null, null))
                .delivery(new org.onecsync.order.Delivery("Самовывоз", java.math.BigDecimal.ZERO))
                .payment(null).build();
        assertEquals(List.of(expected), roundTrip(List.of(lossy), version, charset));
    }
}
