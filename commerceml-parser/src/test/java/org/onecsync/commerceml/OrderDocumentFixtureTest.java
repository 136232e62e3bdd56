package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.model.Order;

/** 1C's own sample order documents, read, written again and re-read (skipped when the fixtures are absent). */
class OrderDocumentFixtureTest {

    private static List<Order> fixtureOrders() throws IOException {
        Path file = Fixtures.require("cml204-1c-official/orders.xml");
        return Fixtures.only(Fixtures.records(file), Order.class);
    }

    private static List<Order> rewrite(List<Order> orders, CommerceMlVersion version) throws IOException {
        return OrderDocumentWriterTest.read(OrderDocumentWriterTest.write(OrderDocumentWriterTest.writer(version),
                orders));
    }

    @Test
    void rewritesTheSampleOrdersUnchangedIn205() throws IOException {
        List<Order> orders = fixtureOrders();
        assertEquals(3, orders.size());
        assertFalse(orders.get(0).lines().isEmpty());
        assertEquals(orders, rewrite(orders, CommerceMlVersion.V2_05));
    }

    @ParameterizedTest
    @EnumSource(CommerceMlVersion.class)
    void rewritesTheSampleOrdersAsTheVersionCarriesThem(CommerceMlVersion version) throws IOException {
        List<Order> orders = fixtureOrders();
        List<Order> once = rewrite(orders, version);
        assertEquals(once, rewrite(once, version));
        // What differs from the 2.03 sample is only what the version changes: the coefficient 1 beside each unit
        // (above 2.05) and no "Доставка разрешена" (from 2.10).
        for (int i = 0; i < orders.size(); i++) {
            Order in = orders.get(i);
            Order out = once.get(i);
            assertEquals(in.id(), out.id());
            assertEquals(in.date(), out.date());
            assertEquals(in.counterparties(), out.counterparties());
            assertEquals(in.lines().size(), out.lines().size());
            for (int j = 0; j < in.lines().size(); j++) {
                BigDecimal coefficient = version == CommerceMlVersion.V2_05 ? null : BigDecimal.ONE;
                assertEquals(OrderSamples.withCoefficient(in.lines().get(j), coefficient), out.lines().get(j));
            }
            assertEquals(in.requisites().stream().filter(r -> version.compareTo(CommerceMlVersion.V2_10) < 0
                    || !r.name().equals(OrderDocuments.DELIVERY_ALLOWED)).toList(), out.requisites());
        }
    }
}
