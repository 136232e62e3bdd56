package org.onecsync.codec;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.onecsync.model.Address;
import org.onecsync.model.AddressField;
import org.onecsync.model.BankAccount;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Category;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Contact;
import org.onecsync.model.Counterparty;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.Discount;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.OrderLine;
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

/** Hand-made records: one with every field set for each type, and sparse ones (nulls, empty lists). */
final class Samples {

    /** Every character class the escaping treats specially, with Cyrillic and an emoji (a surrogate pair). */
    static final String TRICKY = "q\"b\\s/n\nr\rt\tnul\u0000bel\u0007bs\bff\f us\u001f del\u007f ls\u2028ps\u2029"
            + " Привет 😀 €";

    private Samples() {
    }

    static Product product() {
        return new Product("p-1", "SKU-1", "Гантеля \"Espado\" 1,5 кг", "line1\nline2\t<br> " + TRICKY,
                List.of("c-1", "c-2", "c\u2028\u0001"), new UnitRef("796", "шт", "Штука", "PCE"), "4600000000017",
                "Россия", new Manufacturer("m-1", "Espado", "ООО \"Эспадо\""),
                List.of(new PropertyValue("prop-1", "v-1"), new PropertyValue("prop-2", null),
                        new PropertyValue("prop-3", ""), new PropertyValue("prop-4", TRICKY)),
                List.of(new Characteristic("Цвет", "жёлтый"), new Characteristic("Вес", null)),
                List.of(new Requisite("ВидНоменклатуры", "Товар"), new Requisite("Пусто", "")),
                List.of(new Image("import_files/01/a.jpg", "Подпись"), new Image("b.png", null)),
                List.of(new TaxRate("НДС", "20"), new TaxRate("НДС2", null)),
                "AAAAAQ==", false);
    }

    static Product sparseProduct() {
        return new Product("p-2", null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, true);
    }

    static Offer offer() {
        return new Offer(new OfferKey("p-1", "v-1"), "Гантеля жёлтая", "SKU-1-Y", "4600000000024",
                new UnitRef("796", "шт", "Штука (единица)", "PCE"),
                List.of(new Characteristic("Цвет", "жёлтый")),
                List.of(new PropertyValue("prop-1", "v-1")), "AAAAAg==", true);
    }

    static Offer productOffer() {
        return new Offer(new OfferKey("p-1", null), null, null, null, null, List.of(), List.of(), null, false);
    }

    static Price price() {
        return new Price(new OfferKey("p-1", "v-1"), "pt-1", new BigDecimal("1250.50"), "RUB", "шт",
                new BigDecimal("1.000"));
    }

    static Price hugePrice() {
        return new Price(new OfferKey("p-1", null), "pt-2", new BigDecimal("1" + "0".repeat(309) + ".5"), null, null,
                new BigDecimal("-0.000000000000000000001"));
    }

    static Stock stock() {
        return new Stock(new OfferKey("p-1", "v-1"), "w-1", new BigDecimal("12.000"));
    }

    static Stock totalStock() {
        return new Stock(new OfferKey("p-1", null), null, new BigDecimal("0"));
    }

    static Unit unit() {
        return new Unit("u-1", "796", "шт", "Штука", "PCE", false);
    }

    static Warehouse warehouse() {
        return new Warehouse("w-1", "Основной склад", true);
    }

    static PriceType priceType() {
        return new PriceType("pt-1", "Розничная", "RUB", "НДС", Boolean.FALSE, false);
    }

    static PriceType sparsePriceType() {
        return new PriceType("pt-2", null, null, null, null, false);
    }

    static Category category() {
        return new Category("c-2", "c-1", "Гантели", false);
    }

    static Property property() {
        return new Property("prop-1", "Бренд", "Справочник",
                List.of(new DictionaryValue("v-1", "Espado"), new DictionaryValue("v-2", null)), false);
    }

    static Counterparty counterparty() {
        return new Counterparty("cp-1", "Ромашка", "ООО Ромашка", "Общество \"Ромашка\"", "Покупатель",
                "7700000000", "770001001", "12345678",
                List.of(new Address("Юридический", "г. Москва, ул. Ленина, 1",
                        List.of(new AddressField("Город", "Москва"), new AddressField("Улица", null))),
                        new Address(null, null, List.of())),
                List.of(new Contact("Телефон", "+7 495 000-00-00"), new Contact("Почта", "a@b.ru")),
                List.of(new BankAccount("40702810000000000001", "Банк", "044525000", "30101810400000000225",
                        "Москва")),
                List.of(new Representative("r-1", "Иванов", "Контактное лицо")),
                "v1", false);
    }

    static Counterparty sparseCounterparty() {
        return new Counterparty("cp-2", null, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), null, true);
    }

    static Order order() {
        return new Order("o-1", "00001", LocalDateTime.of(2024, 3, 1, 12, 30, 5, 120_000_000), "Заказ товара",
                "Продавец", "RUB", new BigDecimal("1"), new BigDecimal("2501.00"),
                List.of(counterparty()),
                List.of(new OrderLine("p-1#v-1", "Гантеля", new UnitRef("796", "шт", "Штука", "PCE"),
                        new BigDecimal("1250.50"), new BigDecimal("2"), new BigDecimal("2501.00"),
                        List.of(new Requisite("ВидНоменклатуры", "Товар")), new BigDecimal("1"),
                        List.of(new Discount("Скидка на товар", new BigDecimal("10.00"), new BigDecimal("0.4"),
                                true))),
                        new OrderLine(null, null, null, null, null, null, List.of())),
                List.of(new Requisite("Статус", "Новый")), false, "Позвонить перед доставкой");
    }

    static Order sparseOrder() {
        return new Order("o-2", null, LocalDateTime.of(2024, 3, 1, 0, 0), null, null, null, null, null,
                List.of(), List.of(), List.of(), true);
    }

    /** Records with every component set (the fullest sample of each type). */
    static List<CatalogRecord> full() {
        return List.of(unit(), warehouse(), priceType(), category(), property(), product(), offer(), price(),
                stock(), counterparty(), order());
    }

    /** Every sample. */
    static List<CatalogRecord> all() {
        return List.of(unit(), warehouse(), priceType(), sparsePriceType(), category(), property(), product(),
                sparseProduct(), offer(), productOffer(), price(), hugePrice(), stock(), totalStock(),
                counterparty(), sparseCounterparty(), order(), sparseOrder());
    }
}
