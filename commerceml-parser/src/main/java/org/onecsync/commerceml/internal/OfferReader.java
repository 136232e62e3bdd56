package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;
import static org.onecsync.commerceml.internal.Values.ref;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.onecsync.model.Characteristic;
import org.onecsync.model.EntityType;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Stock;
import org.onecsync.model.UnitRef;
import org.onecsync.spi.RecordHandler;

/**
 * Reads one {@code Предложение}: an {@link Offer} when it carries a name, then its {@link Price}s and
 * {@link Stock} rows in any of the three shapes (2.04 {@code Количество}, 2.07 {@code Склад} attributes,
 * 2.09/3.1 {@code Остатки}).
 */
final class OfferReader {

    private final Cursor c;
    private final Parts parts;
    private final RecordHandler out;

    /** Raw pieces of prices and stock rows, kept until the offer's id is known (it may come last). */
    private record RawPrice(String typeId, String amount, String currency, String unit, String coefficient,
                            long line) {
    }

    private record RawStock(String warehouseId, String quantity, long line) {
    }

    OfferReader(Cursor c, Parts parts, RecordHandler out) {
        this.c = c;
        this.parts = parts;
        this.out = out;
    }

    /** Reads the offers of a {@code Предложения} list. */
    void readAll() throws XMLStreamException {
        c.each("Предложение", this::read);
    }

    private void read() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String name = null;
        String sku = null;
        String barcode = null;
        String version = null;
        String total = null;
        UnitRef unit = null;
        List<Characteristic> characteristics = new ArrayList<>(0);
        List<PropertyValue> values = new ArrayList<>(0);
        List<RawPrice> prices = new ArrayList<>(4);
        List<RawStock> stocks = new ArrayList<>(2);
        while (c.nextChild()) {
            String element = c.name();
            switch (element) {
                case "Ид" -> id = ref(c.text());
                case "Наименование" -> name = clean(c.text());
                case "Артикул" -> sku = clean(c.text());
                case "Штрихкод" -> barcode = clean(c.text());
                case "НомерВерсии" -> version = clean(c.text());
                case "БазоваяЕдиница" -> unit = parts.unit();
                case "ХарактеристикиТовара" -> parts.characteristics(characteristics);
                case "ЗначенияСвойств" -> parts.propertyValues(values);
                case "Цены" -> prices(prices);
                case "Количество" -> total = c.text();
                case "Склад" -> {
                    stocks.add(new RawStock(ref(c.attr("ИдСклада")), c.attr("КоличествоНаСкладе"), c.line()));
                    c.skip();
                }
                case "Остатки" -> rests(stocks);
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                default -> c.skip();
            }
        }
        OfferKey key = key(id, name, line);
        if (key == null) {
            return;
        }
        if (name != null) {
            out.onRecord(new Offer(key, name, sku, barcode, unit, characteristics, values, version, deleted), line);
        }
        for (RawPrice p : prices) {
            price(key, p);
        }
        if (stocks.isEmpty() && total != null) {
            stocks.add(new RawStock(null, total, line));
        }
        for (RawStock s : stocks) {
            stock(key, s);
        }
    }

    private OfferKey key(String id, String name, long line) {
        if (id == null) {
            out.onSkipped(EntityType.OFFER, name, "offer has no Ид", line);
            return null;
        }
        try {
            return OfferKey.parse(id);
        } catch (IllegalArgumentException e) {
            out.onSkipped(EntityType.OFFER, id, e.getMessage(), line);
            return null;
        }
    }

    private void prices(List<RawPrice> into) throws XMLStreamException {
        c.each("Цена", () -> {
            long line = c.line();
            String type = null;
            String amount = null;
            String currency = null;
            String unit = null;
            String coefficient = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "ИдТипаЦены" -> type = ref(c.text());
                    case "ЦенаЗаЕдиницу" -> amount = c.text();
                    case "Валюта" -> currency = clean(c.text());
                    case "Единица" -> unit = clean(c.text());
                    case "Коэффициент" -> coefficient = c.text();
                    default -> c.skip();
                }
            }
            into.add(new RawPrice(type, amount, currency, unit, coefficient, line));
        });
    }

    private void rests(List<RawStock> into) throws XMLStreamException {
        c.each("Остаток", () -> {
            long line = c.line();
            String total = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Склад" -> into.add(warehouseRow());
                    case "Количество" -> total = c.text();
                    default -> c.skip();
                }
            }
            if (total != null) {
                into.add(new RawStock(null, total, line));
            }
        });
    }

    private RawStock warehouseRow() throws XMLStreamException {
        long line = c.line();
        String warehouse = null;
        String quantity = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> warehouse = ref(c.text());
                case "Количество" -> quantity = c.text();
                default -> c.skip();
            }
        }
        return new RawStock(warehouse, quantity, line);
    }

    private void price(OfferKey key, RawPrice p) {
        if (p.typeId() == null) {
            out.onSkipped(EntityType.PRICE, key + "|", "price has no ИдТипаЦены", p.line());
            return;
        }
        BigDecimal amount = number(EntityType.PRICE, key, p.typeId(), "ЦенаЗаЕдиницу", p.amount(), p.line());
        if (amount == null) {
            return;
        }
        BigDecimal coefficient;
        try {
            coefficient = Values.decimal(p.coefficient());
        } catch (NumberFormatException e) {
            // The amount is what matters; an unreadable factor is left out rather than losing the price.
            coefficient = null;
        }
        out.onRecord(new Price(key, p.typeId(), amount, p.currency(), p.unit(), coefficient), p.line());
    }

    private void stock(OfferKey key, RawStock s) {
        BigDecimal quantity = number(EntityType.STOCK, key, s.warehouseId(), "Количество", s.quantity(), s.line());
        if (quantity != null) {
            out.onRecord(new Stock(key, s.warehouseId(), quantity), s.line());
        }
    }

    /**
     * Reads an amount; reports the row as skipped when it is empty or not a number. The row's key
     * ({@code offer|priceType}, {@code offer|warehouse}) is built only then: this runs for every price and stock row.
     */
    private BigDecimal number(EntityType type, OfferKey offer, String second, String element, String raw, long line) {
        try {
            BigDecimal value = Values.decimal(raw);
            if (value == null) {
                out.onSkipped(type, rowKey(offer, second), element + " is empty", line);
            }
            return value;
        } catch (NumberFormatException e) {
            out.onSkipped(type, rowKey(offer, second), element + " '" + clean(raw) + "' is not a number", line);
            return null;
        }
    }

    private static String rowKey(OfferKey offer, String second) {
        return offer + "|" + (second == null ? "" : second);
    }
}
