package org.onecsync.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.onecsync.model.Order;
import org.onecsync.model.Requisite;

class StatusDocumentsTest {

    private static Order document(String operation, boolean deleted, String... requisites) {
        List<Requisite> list = new ArrayList<>();
        for (int i = 0; i < requisites.length; i += 2) {
            list.add(new Requisite(requisites[i], requisites[i + 1]));
        }
        return new Order("a-92", "92", LocalDateTime.parse("2015-08-12T13:38:17"), operation, "Продавец", null, null,
                null, List.of(), List.of(), list, deleted);
    }

    private static OrderStatusUpdate update(Order document) {
        StatusDocuments.Mapping mapping = StatusDocuments.map(document);
        assertNull(mapping.skipReason());
        return mapping.update();
    }

    @Test
    void a20xDocumentGivesEveryFieldUnderItsOldNames() {
        Order document = document("Заказ товара", false, "Номер по 1С", "MM92", "Дата по 1С", "2015-08-12",
                "ПометкаУдаления", "false", "Проведен", "true", "Статус заказа", "Открыт");

        assertEquals(new OrderStatusUpdate("92", "a-92", "MM92", LocalDateTime.parse("2015-08-12T00:00:00"), true,
                null, null, false, "Открыт", document.requisites()), update(document));
    }

    @Test
    void a31DocumentGivesEveryFieldUnderItsNewNamesTrimmedAndPadded() {
        Order document = document("Заказ товара", false, "Номер1С", "  ТД-000017 ", "Дата1С",
                " 2026-12-01 09:30:00 ", "Проведен", "Да", "Отменен", "нет", "Отгружен", "TRUE",
                "Номер отгрузки по 1С", "ТД-000023", "Статус заказа", "Отгружен");

        OrderStatusUpdate update = update(document);

        assertEquals(new OrderStatusUpdate("92", "a-92", "ТД-000017", LocalDateTime.parse("2026-12-01T09:30:00"),
                true, false, true, null, "Отгружен", document.requisites()), update);
        assertEquals(List.of("Номер1С", "Дата1С", "Проведен", "Отменен", "Отгружен", "Номер отгрузки по 1С",
                "Статус заказа"), update.requisites().stream().map(Requisite::name).toList());
        assertEquals("ТД-000023", update.requisites().get(5).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-08-12 13:38:17|2015-08-12T13:38:17",
        "2015-08-12T13:38:17|2015-08-12T13:38:17",
        "12.08.2015 3:38:17|2015-08-12T03:38:17",
        "12.08.2015 13:38:17|2015-08-12T13:38:17",
        "2015-08-12|2015-08-12T00:00",
        "12.08.2015|2015-08-12T00:00",
        "'   2015-08-12 13:38:17   '|2015-08-12T13:38:17"})
    void every1cDateFormReadsAsTheSameDateTime(String written, String expected) {
        assertEquals(LocalDateTime.parse(expected),
                update(document(null, false, "Дата1С", written)).oneCDate());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0001-01-01T00:00:00", "'  '", "вчера", "2015-13-45"})
    void anEmptyOrUnreadableDateIsNullAndKeptAsSent(String written) {
        OrderStatusUpdate update = update(document("Заказ товара", false, "Дата по 1С", written));

        assertNull(update.oneCDate());
        assertEquals(List.of(new Requisite("Дата по 1С", written)), update.requisites());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true|true", "FALSE|false", "Да|true", "НЕТ|false", "' да '|true",
        "может быть|", "''|"})
    void booleansAreTrueFalseDaNetInAnyCase(String written, Boolean expected) {
        OrderStatusUpdate update = update(document("Заказ товара", false, "Проведен", written, "Отменен", written,
                "Отгружен", written, "ПометкаУдаления", written));

        assertEquals(expected, update.posted());
        assertEquals(expected, update.cancelled());
        assertEquals(expected, update.shipped());
        assertEquals(expected, update.deletionMark());
    }

    @Test
    void theDocumentsOwnDeletionMarkMarksTheOrderDeleted() {
        assertEquals(true, update(document("Заказ товара", true, "ПометкаУдаления", "false")).deletionMark());
        assertEquals(true, update(document("Заказ товара", true)).deletionMark());
        assertNull(update(document("Заказ товара", false)).deletionMark());
    }

    @Test
    void aDocumentWithoutAnOperationIsAStatusUpdate() {
        assertEquals("MM92", update(document(null, false, "Номер по 1С", "MM92")).oneCNumber());
    }

    @Test
    void aDocumentOfAnotherOperationIsSkippedWithTheReason() {
        StatusDocuments.Mapping mapping = StatusDocuments.map(document("Отпуск товара", false, "Номер1С", "1"));

        assertNull(mapping.update());
        assertEquals("not an order status: its ХозОперация is \"Отпуск товара\", not \"Заказ товара\"",
                mapping.skipReason());
    }

    @Test
    void aDocumentWithoutNumberOrIdIsSkippedWithTheReason() {
        Order document = new Order(null, " ", null, "Заказ товара", null, null, null, null, List.of(), List.of(),
                List.of(), false);

        assertEquals(new StatusDocuments.Mapping(null, "an order document without Номер or Ид names no order"),
                StatusDocuments.map(document));
    }
}
