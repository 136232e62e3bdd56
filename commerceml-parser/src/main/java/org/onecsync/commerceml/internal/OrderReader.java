package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;
import static org.onecsync.commerceml.internal.Values.ref;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Discount;
import org.onecsync.model.EntityType;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
import org.onecsync.model.Requisite;
import org.onecsync.model.UnitRef;
import org.onecsync.spi.RecordHandler;

/**
 * Reads one order {@code Документ}.
 */
final class OrderReader {

    private final Cursor c;
    private final Parts parts;
    private final CounterpartyReader counterparties;
    private final RecordHandler out;

    OrderReader(Cursor c, Parts parts, CounterpartyReader counterparties, RecordHandler out) {
        this.c = c;
        this.parts = parts;
        this.counterparties = counterparties;
        this.out = out;
    }

    /** Reads the document whose start element the cursor is on. */
    void read() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String number = null;
        String date = null;
        String time = null;
        String operation = null;
        String role = null;
        String currency = null;
        String rate = null;
        String total = null;
        String comment = null;
        List<Counterparty> parties = new ArrayList<>(1);
        List<OrderLine> lines = new ArrayList<>(4);
        List<Requisite> requisites = new ArrayList<>(8);
        while (c.nextChild()) {
            String element = c.name();
            switch (element) {
                case "Ид" -> id = clean(c.text());
                case "Номер" -> number = clean(c.text());
                case "Дата" -> date = c.text();
                case "Время" -> time = c.text();
                case "ХозОперация" -> operation = clean(c.text());
                case "Роль" -> role = clean(c.text());
                case "Валюта" -> currency = clean(c.text());
                case "Курс" -> rate = c.text();
                case "Сумма" -> total = c.text();
                case "Комментарий" -> comment = clean(c.text());
                case "Контрагенты" -> c.each("Контрагент", () -> parties.add(counterparties.read()));
                case "Товары" -> lines(lines);
                case "ЗначенияРеквизитов" -> parts.requisites(requisites);
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                default -> c.skip();
            }
        }
        if (id == null) {
            out.onSkipped(EntityType.ORDER, number, "document has no Ид", line);
            return;
        }
        out.onRecord(new Order(id, number, Values.dateTime(date, time), operation, role, currency,
                lenient(rate), lenient(total), parties, lines, requisites, deleted, comment), line);
    }

    private void lines(List<OrderLine> into) throws XMLStreamException {
        c.each("Товар", () -> {
            String productId = null;
            String name = null;
            UnitRef unit = null;
            String price = null;
            String quantity = null;
            String sum = null;
            String coefficient = null;
            List<Requisite> requisites = new ArrayList<>(2);
            List<Discount> discounts = new ArrayList<>(0);
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Ид" -> productId = ref(c.text());
                    case "Наименование" -> name = clean(c.text());
                    case "БазоваяЕдиница" -> unit = parts.unit();
                    case "Единица" -> unit = unitElement();
                    case "Коэффициент" -> coefficient = c.text();
                    case "Скидки" -> discounts(discounts);
                    case "ЦенаЗаЕдиницу" -> price = c.text();
                    case "Количество" -> quantity = c.text();
                    case "Сумма" -> sum = c.text();
                    case "ЗначенияРеквизитов" -> parts.requisites(requisites);
                    default -> c.skip();
                }
            }
            into.add(new OrderLine(productId, name, unit, lenient(price), lenient(quantity), lenient(sum),
                    requisites, lenient(coefficient), discounts));
        });
    }

    /**
     * The unit of a line above 2.05: {@code <Единица>} with child elements ({@code Код},
     * {@code НаименованиеКраткое}, {@code НаименованиеПолное}, {@code МеждународноеСокращение}; an {@code Ид}
     * stands for the code when there is no {@code Код}).
     */
    private UnitRef unitElement() throws XMLStreamException {
        String id = null;
        String code = null;
        String name = null;
        String fullName = null;
        String international = null;
        boolean any = false;
        while (c.nextChild()) {
            any = true;
            switch (c.name()) {
                case "Ид" -> id = clean(c.text());
                case "Код" -> code = clean(c.text());
                case "НаименованиеКраткое" -> name = clean(c.text());
                case "НаименованиеПолное" -> fullName = clean(c.text());
                case "МеждународноеСокращение" -> international = clean(c.text());
                default -> c.skip();
            }
        }
        return any ? new UnitRef(code == null ? id : code, name, fullName, international) : null;
    }

    private void discounts(List<Discount> into) throws XMLStreamException {
        c.each("Скидка", () -> {
            String name = null;
            String sum = null;
            String percent = null;
            boolean included = false;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Наименование" -> name = clean(c.text());
                    case "Сумма" -> sum = c.text();
                    case "Процент" -> percent = c.text();
                    case "УчтеноВСумме" -> included = Boolean.TRUE.equals(Values.bool(c.text()));
                    default -> c.skip();
                }
            }
            into.add(new Discount(name, lenient(sum), lenient(percent), included));
        });
    }

    /** Order amounts are informational for the shop; an unreadable one is left empty, not fatal. */
    private static BigDecimal lenient(String raw) {
        try {
            return Values.decimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
