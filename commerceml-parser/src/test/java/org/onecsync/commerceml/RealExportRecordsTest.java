package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onecsync.commerceml.testing.Fixtures.only;
import static org.onecsync.commerceml.testing.Fixtures.records;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Counterparty;
import org.onecsync.model.Image;
import org.onecsync.model.Offer;
import org.onecsync.model.OfferKey;
import org.onecsync.model.Order;
import org.onecsync.model.Price;
import org.onecsync.model.PriceType;
import org.onecsync.model.Product;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Stock;
import org.onecsync.model.Unit;
import org.onecsync.model.UnitRef;

/** Field-level reading of the real exports: the quirks each one carries. */
class RealExportRecordsTest {

    private static final String FREESPORT = "cml31-ut11-freesport/";

    private static Product firstProduct() throws IOException {
        return only(records(Fixtures.require(FREESPORT + "goods/goods.xml")), Product.class).get(0);
    }

    @Test
    void readsPaddedUnitCodeReferenceAsTrimmedCode() throws IOException {
        assertEquals(new UnitRef("796", null, null, null), firstProduct().unit());
    }

    @Test
    void keepsEscapedHtmlInDescriptionAsText() throws IOException {
        assertTrue(firstProduct().description().contains("по полу.<br> Неопреновые"));
    }

    @Test
    void attachesImageCaptionsFromFileDescriptionRequisites() throws IOException {
        Product product = firstProduct();
        assertEquals(4, product.images().size());
        assertEquals(new Image("import_files/01/018d777d-9094-11ec-a2ff-04421a23d8e8_0596af08-a7ff-11ef-8f27-fa163e775e1f.jpg",
                "Гантеля Espado жёлтая 1,5 кг 1"), product.images().get(0));
        assertTrue(product.requisites().stream().noneMatch(r -> r.name().equals("ОписаниеФайла")));
    }

    @Test
    void readsZeroGuidAndEmptyPropertyValuesAsNoValue() throws IOException {
        Map<String, String> values = firstProduct().propertyValues().stream()
                .filter(v -> v.value() != null)
                .collect(Collectors.toMap(PropertyValue::propertyId, PropertyValue::value));
        assertEquals("e473e711-17be-11eb-81ce-00155d3cae02", values.get("Бренд"));
        assertEquals("false", values.get("dfa89468-2231-11ee-98e2-fa163e775e1f"));
        assertTrue(firstProduct().propertyValues().contains(new PropertyValue("c0b750dc-b7a9-11ed-9805-fa163edba792", null)));
    }

    @Test
    void splitsVariantOfferIdOnFirstHash() throws IOException {
        Offer offer = only(records(Fixtures.require(FREESPORT + "offers/offers.xml")), Offer.class).get(0);
        assertEquals(new OfferKey("3d5f3106-4839-11ef-804f-fa163e775e1f", "3d96ff78-4839-11ef-804f-fa163e775e1f"),
                offer.offerKey());
    }

    @Test
    void normalisesDecimalCommaAndDropsSentinelInCharacteristics() throws IOException {
        Offer offer = only(records(Fixtures.require(FREESPORT + "offers/offers.xml")), Offer.class).get(0);
        Map<String, String> byName = offer.characteristics().stream().filter(ch -> ch.value() != null)
                .collect(Collectors.toMap(Characteristic::name, Characteristic::value));
        assertEquals("21.6", byName.get("Вес коробки (кг)"));
        assertEquals("2.16", byName.get("Вес индивидуальной упаковки (кг)"));
        assertTrue(offer.characteristics().contains(new Characteristic("Длина индивидуальной упаковки (см)", null)));
    }

    @Test
    void readsPriceOnlyOffersAsPricesWithoutOffers() throws IOException {
        List<CatalogRecord> records = records(Fixtures.require(FREESPORT + "prices/prices.xml"));
        assertEquals(0, only(records, Offer.class).size());
        Price first = only(records, Price.class).get(0);
        assertEquals(new Price(new OfferKey("038bca5a-747e-11ea-81c1-00155d3cae02", null),
                "3d1482c4-bd77-11e4-afc8-20cf3073dde3", new BigDecimal("6990"), "руб", null, null), first);
    }

    @Test
    void readsRestsPackageStockPerWarehouse() throws IOException {
        List<Stock> stocks = only(records(Fixtures.require(FREESPORT + "rests/rests.xml")), Stock.class);
        assertEquals(10, stocks.size());
        assertEquals(new Stock(new OfferKey("069efcc9-a098-11ed-a325-04421a23d8e8", null),
                "8f06f4f1-b3f0-11ea-81c3-00155d3cae02", BigDecimal.ZERO), stocks.get(0));
    }

    @Test
    void keysUnitWhoseIdAndCodeAreBlankByTheEmptyString() throws IOException {
        List<Unit> units = only(records(Fixtures.require(FREESPORT + "units/units.xml")), Unit.class);
        assertEquals(18, units.size());
        assertTrue(units.contains(new Unit("", "", "ед", "ед", null, false)));
        assertTrue(units.stream().anyMatch(u -> u.id().equals("778") && u.fullName().equals("Упаковка")));
    }

    @Test
    void readsPriceTypesFromThe31Classifier() throws IOException {
        List<PriceType> types = only(records(Fixtures.require(FREESPORT + "priceLists/priceLists.xml")),
                PriceType.class);
        assertEquals(new PriceType("90d2c899-b3f2-11ea-81c3-00155d3cae02", "Опт 1 (300-600 тыс.руб в квартал)",
                "RUB", "НДС", true, false), types.get(0));
    }

    @Test
    void readsCounterpartyWithAddressesContactsAndBankAccounts() throws IOException {
        List<Counterparty> all = only(records(Fixtures.require(FREESPORT + "contragents/contragents.xml")),
                Counterparty.class);
        assertEquals(37, all.size());
        assertEquals(38, all.stream().mapToInt(c -> c.bankAccounts().size()).sum());
        assertEquals(40, all.stream().mapToInt(c -> c.addresses().size()).sum());
        assertEquals(9, all.stream().mapToInt(c -> c.contacts().size()).sum());
        assertEquals(17, all.stream().mapToInt(c -> c.representatives().size()).sum());
    }

    @Test
    void readsStockFromWarehouseAttributesIgnoringTheOfferTotal() throws IOException {
        List<Stock> stocks = only(records(Fixtures.require("cml207-ut11-package/offers0_1.xml")), Stock.class);
        OfferKey first = new OfferKey("bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1", null);
        assertEquals(List.of(new Stock(first, "6abdb0b5-18fd-11e7-80c2-0cc47ab29cd1", new BigDecimal("1")),
                        new Stock(first, "d2a52d49-19c9-11e7-80c2-0cc47ab29cd1", new BigDecimal("0")),
                        new Stock(first, "dd306af1-19c9-11e7-80c2-0cc47ab29cd1", new BigDecimal("376"))),
                stocks.subList(0, 3));
    }

    @Test
    void marksProductWithDeletedStatusAttributeAsDeleted() throws IOException {
        List<Product> products = only(records(Fixtures.require("cml207-ut11-package/import0_1.xml")), Product.class);
        assertEquals(1, products.stream().filter(Product::deleted).count());
    }

    @Test
    void readsInlineUnitOf2xProducts() throws IOException {
        Product product = only(records(Fixtures.require("cml204-1c-official/import.xml")), Product.class).get(0);
        assertEquals(new UnitRef("796", "шт", "Штука", "PCE"), product.unit());
        assertEquals(List.of(new Characteristic("Цвет", "Белый")), product.characteristics());
        assertEquals(List.of(), product.images());
    }

    @Test
    void readsOfferTotalQuantityAsStockWithoutWarehouse() throws IOException {
        List<Stock> stocks = only(records(Fixtures.require("cml204-1c-official/offers.xml")), Stock.class);
        assertEquals(new Stock(new OfferKey("05e26d70-01e4-11dc-a411-00055d80a2d1", "05e26d76-01e4-11dc-a411-00055d80a2d1"),
                null, BigDecimal.ZERO), stocks.get(0));
    }

    @Test
    void readsOrderDocumentsWithSeparateDateAndTime() throws IOException {
        List<Order> orders = only(records(Fixtures.require("cml204-1c-official/orders.xml")), Order.class);
        assertEquals(3, orders.size());
        Order first = orders.get(0);
        assertEquals("36", first.id());
        assertEquals(LocalDateTime.of(2007, 10, 30, 15, 19, 27), first.date());
        assertEquals(new BigDecimal("6734.47"), first.total());
        assertEquals("1#admin# admin", first.counterparties().get(0).id());
        assertEquals(2, first.lines().size());
        assertEquals("ORDER_DELIVERY", first.lines().get(0).productId());
        assertEquals("Заказ товара", first.operation());
    }
}
