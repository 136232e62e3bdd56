package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class OrderDocumentWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:20:30Z"), ZoneOffset.UTC);

    static byte[] write(OrderDocumentWriter writer, List<Order> orders) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(orders, out);
        return out.toByteArray();
    }

    static OrderDocumentWriter writer(CommerceMlVersion version) {
        return OrderDocumentWriter.builder().version(version).clock(CLOCK).build();
    }

    static List<Order> read(byte[] bytes) throws IOException {
        List<CatalogRecord> records = new ArrayList<>();
        new CommerceMlParser().parse("orders.xml", new ByteArrayInputStream(bytes), (r, line) -> records.add(r));
        return records.stream().map(Order.class::cast).toList();
    }

    /** A JDK DOM parser with the secure settings (no DTDs, no external entities). */
    static Document dom(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    @ParameterizedTest
    @EnumSource(CommerceMlVersion.class)
    void readsBackTheSameOrdersInEveryVersion(CommerceMlVersion version) throws IOException {
        List<Order> orders = OrderSamples.orders(version);
        assertEquals(orders, read(write(writer(version), orders)));
    }

    @ParameterizedTest
    @EnumSource(CommerceMlVersion.class)
    void readsBackTheSameOrdersFromWindows1251(CommerceMlVersion version) throws IOException {
        List<Order> orders = OrderSamples.orders(version);
        OrderDocumentWriter writer = OrderDocumentWriter.builder().version(version)
                .charset(OrderDocumentWriter.WINDOWS_1251).clock(CLOCK).build();
        assertEquals(orders, read(write(writer, orders)));
    }

    @ParameterizedTest
    @EnumSource(CommerceMlVersion.class)
    void startsUtf8WithAByteOrderMarkAStandardParserAccepts(CommerceMlVersion version) throws Exception {
        byte[] bytes = write(writer(version), OrderSamples.orders(version));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String head = new String(bytes, 3, 60, StandardCharsets.UTF_8);
        assertTrue(head.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), head);
        Element root = dom(bytes).getDocumentElement();
        assertEquals("КоммерческаяИнформация", root.getTagName());
        assertEquals(version.label(), root.getAttribute("ВерсияСхемы"));
        assertEquals("2026-11-30T10:20:30", root.getAttribute("ДатаФормирования"));
        assertEquals("application/xml; charset=utf-8", writer(version).contentType());
    }

    @ParameterizedTest
    @EnumSource(CommerceMlVersion.class)
    void declaresWindows1251AndKeepsRussianText(CommerceMlVersion version) throws Exception {
        OrderDocumentWriter writer = OrderDocumentWriter.builder().version(version)
                .charset(OrderDocumentWriter.WINDOWS_1251).clock(CLOCK).build();
        byte[] bytes = write(writer, OrderSamples.orders(version));
        String text = new String(bytes, OrderDocumentWriter.WINDOWS_1251);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?><КоммерческаяИнформация"),
                text.substring(0, 80));
        assertTrue(text.contains("Гантеля 5 кг, жёлтая «Спорт»"), "Russian text in windows-1251 bytes");
        Document dom = dom(bytes);
        assertEquals("Позвонить за час; домофон 12", dom.getElementsByTagName("Комментарий").item(0).getTextContent());
        assertEquals("application/xml; charset=windows-1251", writer.contentType());
    }

    @Test
    void escapesCharactersWindows1251Lacks() throws Exception {
        Order order = OrderSamples.orders(CommerceMlVersion.V2_05).get(1);
        Order noted = new Order(order.id(), order.number(), order.date(), order.operation(), order.role(), null, null,
                null, List.of(), List.of(), List.of(), false, "Подарок 礼物 ✓");
        OrderDocumentWriter writer = OrderDocumentWriter.builder().charset(OrderDocumentWriter.WINDOWS_1251).build();
        byte[] bytes = write(writer, List.of(noted));
        assertEquals(List.of(noted), read(bytes));
        assertEquals("Подарок 礼物 ✓", dom(bytes).getElementsByTagName("Комментарий").item(0).getTextContent());
    }

    @Test
    void writesAnEmptyRootWhenThereAreNoOrders() throws Exception {
        byte[] bytes = write(writer(CommerceMlVersion.V3_1), List.of());
        Element root = dom(bytes).getDocumentElement();
        assertEquals("КоммерческаяИнформация", root.getTagName());
        assertFalse(root.hasChildNodes());
        assertEquals(List.of(), read(bytes));
    }

    @Test
    void wrapsEachDocumentInAContainerFrom31Only() throws Exception {
        Element v31 = dom(write(writer(CommerceMlVersion.V3_1), OrderSamples.orders(CommerceMlVersion.V3_1)))
                .getDocumentElement();
        List<Element> containers = children(v31, "Контейнер");
        assertEquals(2, containers.size());
        assertEquals(1, children(containers.get(0), "Документ").size());
        assertEquals("o-1002", text(children(containers.get(1), "Документ").get(0), "Ид"));
        assertEquals(0, children(v31, "Документ").size());
        Element v210 = dom(write(writer(CommerceMlVersion.V2_10), OrderSamples.orders(CommerceMlVersion.V2_10)))
                .getDocumentElement();
        assertEquals(0, children(v210, "Контейнер").size());
        assertEquals(2, children(v210, "Документ").size());
    }

    @Test
    void writesBaseUnitAndNoCoefficientIn205() throws Exception {
        Document dom = dom(write(writer(CommerceMlVersion.V2_05), OrderSamples.orders(CommerceMlVersion.V2_05)));
        Element unit = (Element) dom.getElementsByTagName("БазоваяЕдиница").item(0);
        assertEquals("шт", unit.getTextContent());
        assertEquals("796", unit.getAttribute("Код"));
        assertEquals("Штука", unit.getAttribute("НаименованиеПолное"));
        assertEquals("PCE", unit.getAttribute("МеждународноеСокращение"));
        assertEquals(0, dom.getElementsByTagName("Коэффициент").getLength());
        assertEquals(0, dom.getElementsByTagName("Единица").getLength());
    }

    @Test
    void writesUnitWithCoefficientAbove205DefaultingToOne() throws Exception {
        List<Order> orders = OrderSamples.orders(CommerceMlVersion.V2_05);
        Document dom = dom(write(writer(CommerceMlVersion.V2_08), orders));
        assertEquals(0, dom.getElementsByTagName("БазоваяЕдиница").getLength());
        Element unit = (Element) dom.getElementsByTagName("Единица").item(0);
        assertEquals("796", text(unit, "Код"));
        assertEquals("шт", text(unit, "НаименованиеКраткое"));
        assertEquals("Штука", text(unit, "НаименованиеПолное"));
        assertEquals("PCE", text(unit, "МеждународноеСокращение"));
        // The 2.05 sample lines have no coefficient of their own.
        assertEquals("1", dom.getElementsByTagName("Коэффициент").item(0).getTextContent());
        assertEquals(3, dom.getElementsByTagName("Коэффициент").getLength());
    }

    @Test
    void writesDateWithTimeFrom210AndSeparatelyBelow() throws Exception {
        Element v210 = (Element) dom(write(writer(CommerceMlVersion.V2_10), OrderSamples.orders(CommerceMlVersion.V2_10)))
                .getElementsByTagName("Документ").item(0);
        assertEquals("2026-11-30T09:05:07", text(v210, "Дата"));
        Element v208 = (Element) dom(write(writer(CommerceMlVersion.V2_08), OrderSamples.orders(CommerceMlVersion.V2_08)))
                .getElementsByTagName("Документ").item(0);
        assertEquals("2026-11-30", text(v208, "Дата"));
        assertEquals("09:05:07", text(v208, "Время"));
    }

    @Test
    void dropsDeliveryAllowedFrom210() throws IOException {
        List<Order> withIt = OrderSamples.orders(CommerceMlVersion.V2_08);
        List<Requisite> written = read(write(writer(CommerceMlVersion.V2_10), withIt)).get(0).requisites();
        assertEquals(withIt.get(0).requisites().size() - 1, written.size());
        assertTrue(written.stream().noneMatch(r -> r.name().equals(OrderDocuments.DELIVERY_ALLOWED)));
    }

    @Test
    void writesTheSaleOperationSellerAndBuyerRolesWhenTheOrderLeavesThemOut() throws Exception {
        Order bare = new Order("o-9", "9", null, null, null, null, null, null, List.of(), List.of(), List.of(), false);
        Element doc = (Element) dom(write(writer(CommerceMlVersion.V2_05), List.of(bare)))
                .getElementsByTagName("Документ").item(0);
        assertEquals("Заказ товара", text(doc, "ХозОперация"));
        assertEquals("Продавец", text(doc, "Роль"));
    }

    @Test
    void addsTheDeliveryLineOnlyForAPriceAboveZero() {
        OrderLine line = OrderDocuments.deliveryLine(new BigDecimal("340.00")).orElseThrow();
        assertEquals(new OrderLine("ORDER_DELIVERY", "Доставка заказа", OrderSamples.PIECE, new BigDecimal("340.00"),
                BigDecimal.ONE, new BigDecimal("340.00"),
                List.of(new Requisite("ВидНоменклатуры", "Услуга"), new Requisite("ТипНоменклатуры", "Услуга"))),
                line);
        assertTrue(OrderDocuments.deliveryLine(BigDecimal.ZERO).isEmpty());
        assertTrue(OrderDocuments.deliveryLine(new BigDecimal("-1")).isEmpty());
        assertTrue(OrderDocuments.deliveryLine(null).isEmpty());
    }

    @Test
    void acceptsOnlyTheCharsetsAndVersions1CReads() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderDocumentWriter.builder().charset(StandardCharsets.ISO_8859_1));
        assertThrows(IllegalArgumentException.class, () -> CommerceMlVersion.of("2.07"));
        assertEquals(CommerceMlVersion.V3_1, CommerceMlVersion.of(" 3.1"));
        assertEquals(CommerceMlVersion.V2_05, OrderDocumentWriter.builder().build().version());
    }

    @Test
    void passesBytesOnWhileOrdersAreStillComingAndNeverFlushesTheCallersStream() throws IOException {
        Order sample = OrderSamples.orders(CommerceMlVersion.V3_1).get(0);
        long[] seenBeforeLast = {-1};
        CountingStream out = new CountingStream();
        Iterable<Order> orders = () -> java.util.stream.IntStream.range(0, 300).mapToObj(i -> {
            if (i == 299) {
                seenBeforeLast[0] = out.count;
            }
            return sample;
        }).iterator();
        writer(CommerceMlVersion.V3_1).write(orders, out);
        assertTrue(seenBeforeLast[0] > out.count / 2, seenBeforeLast[0] + " of " + out.count);
        assertEquals(0, out.flushes);
        assertFalse(out.closed);
    }

    private static final class CountingStream extends java.io.OutputStream {
        long count;
        int flushes;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void leavesTheByteOrderMarkOutWhenAsked() throws IOException {
        byte[] bytes = write(OrderDocumentWriter.builder().byteOrderMark(false).build(), List.of());
        assertEquals('<', bytes[0]);
    }
}
