package org.onecsync.jdbi;

import java.math.BigDecimal;
import java.util.List;
import org.onecsync.codec.RecordCodec;
import org.onecsync.model.Address;
import org.onecsync.model.AddressField;
import org.onecsync.model.BankAccount;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.EntityType;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.Property;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Representative;
import org.onecsync.model.Requisite;
import org.onecsync.model.Stock;
import org.onecsync.model.TaxRate;
import org.onecsync.model.Unit;
import org.onecsync.model.UnitRef;
import org.onecsync.model.Warehouse;
import org.onecsync.store.WriteRow;

/** Hand-made records of every stored entity, with every part filled in somewhere, for the write tests. */
final class Samples {

    static final Unit UNIT = new Unit("796", "796", "шт", "Штука", "PCE", false);
    static final Warehouse WAREHOUSE = new Warehouse("w1", "Главный склад", false);
    static final PriceType RETAIL = new PriceType("t1", "Розничная", "RUB", "НДС", true, false);
    static final PriceType BULK = new PriceType("t2", "Оптовая", null, null, null, false);
    static final Category ROOT = new Category("c1", null, "Одежда", false);
    static final Category CHILD = new Category("c2", "c1", "Платья \"летние\"\tи\\прочие", false);
    static final Property COLOR = new Property("pr1", "Цвет", "Справочник",
            List.of(new DictionaryValue("d1", "Красный"), new DictionaryValue("d2", null)), false);
    static final Product DRESS = new Product("p1", "SKU-1", "Платье", "Строка 1\nстрока 2\r\n\u2028конец",
            List.of("c2", "c1"), new UnitRef("796", "шт", "Штука", "PCE"), "4600000000017", "Россия",
            new Manufacturer("m1", "Фабрика", null),
            List.of(new PropertyValue("pr1", "d1"), new PropertyValue("pr9", "свободный текст")),
            List.of(new Characteristic("Размер", "42")),
            List.of(new Requisite("ВидНоменклатуры", "Товар"), new Requisite("Пусто", null)),
            List.of(new Image("import_files/1.jpg", "фото"), new Image("import_files/2.jpg", null)),
            List.of(new TaxRate("НДС", "20")), "AAAA", false);
    static final Product PLAIN = new Product("p2", null, "Просто товар", null, List.of(), null, null, null, null,
            List.of(), List.of(), List.of(), List.of(), List.of(), null, true);
    static final Offer DRESS_42 = new Offer(new OfferKey("p1", "v42"), "Платье 42", "SKU-1-42", null,
            new UnitRef(null, "шт", null, null), List.of(new Characteristic("Размер", "42")),
            List.of(new PropertyValue("pr1", "d1")), "BBBB", false);
    static final Offer PLAIN_OFFER = new Offer(new OfferKey("p2", null), "Просто товар", null, null, null,
            List.of(), List.of(), null, false);
    static final Price DRESS_RETAIL = new Price(new OfferKey("p1", "v42"), "t1", new BigDecimal("1990.50"), "RUB",
            "шт", new BigDecimal("1"));
    static final Price PLAIN_BULK = new Price(new OfferKey("p2", null), "t2", new BigDecimal("0.000001"), null, null,
            null);
    static final Stock DRESS_TOTAL = new Stock(new OfferKey("p1", "v42"), null, new BigDecimal("12"));
    static final Stock DRESS_MAIN = new Stock(new OfferKey("p1", "v42"), "w1", new BigDecimal("999999999999999.999999"));
    static final Counterparty BUYER = new Counterparty("k1", "ООО Ромашка", "Общество \"Ромашка\"", null, "Покупатель",
            "7700000000", "770001001", null,
            List.of(new Address("Юридический", "Москва, ул. Ленина, 1",
                    List.of(new AddressField("Город", "Москва"), new AddressField("Улица", "Ленина")))),
            List.of(new Contact("Телефон", "+7 495 000-00-00")),
            List.of(new BankAccount("40702810000000000001", "Банк", "044525000", "30101810400000000225", null)),
            List.of(new Representative("r1", "Иванов", "Контактное лицо")), "CCCC", false);

    /** One or two records of every stored entity. */
    static final List<CatalogRecord> ALL = List.of(UNIT, WAREHOUSE, RETAIL, BULK, ROOT, CHILD, COLOR, DRESS, PLAIN,
            DRESS_42, PLAIN_OFFER, DRESS_RETAIL, PLAIN_BULK, DRESS_TOTAL, DRESS_MAIN, BUYER);

    private Samples() {
    }

    /** The records of one entity among {@link #ALL}. */
    static List<CatalogRecord> of(EntityType type) {
        return ALL.stream().filter(record -> record.type() == type).toList();
    }

    /** An active row with the record's content hash (0 for prices and stock), as the engine writes it. */
    static WriteRow row(CatalogRecord record) {
        return row(record, true);
    }

    static WriteRow row(CatalogRecord record, boolean active) {
        return new WriteRow(record, active, hash(record));
    }

    static long hash(CatalogRecord record) {
        return record.type() == EntityType.PRICE || record.type() == EntityType.STOCK ? 0 : RecordCodec.hash(record);
    }
}
