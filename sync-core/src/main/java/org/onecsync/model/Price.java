package org.onecsync.model;

import java.math.BigDecimal;

/**
 * One price of one offer for one price type ({@code Цена}).
 *
 * @param offer the offer it prices
 * @param priceTypeId {@code ИдТипаЦены}
 * @param amount {@code ЦенаЗаЕдиницу}
 * @param currency {@code Валюта} as written ({@code RUB} and {@code руб} both occur), or {@code null}
 * @param unit {@code Единица}, or {@code null}
 * @param coefficient {@code Коэффициент}, or {@code null}
 */
public record Price(OfferKey offer, String priceTypeId, BigDecimal amount, String currency, String unit,
                   BigDecimal coefficient) implements CatalogRecord {

    @Override
    public EntityType type() {
        return EntityType.PRICE;
    }

    /** {@code offer|priceType}. */
    @Override
    public String key() {
        return PriceKey.text(offer, priceTypeId);
    }
}
