package org.onecsync.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ExportGenerator#generate} wrote.
 *
 * @param files the files written, in the order 1C applies them (units, storages, priceLists, groups,
 *     propertiesGoods, propertiesOffers, goods, offers, prices, rests, contragents)
 * @param bytes the total size of the files
 * @param products how many products ({@code Товар})
 * @param variants how many variants, i.e. entries of the offers files ({@code productGuid#variantGuid}
 *     with a name of their own)
 * @param offers how many offers carry prices and stock: the variants plus the products without variants
 * @param prices how many prices ({@code Цена})
 * @param stockRows how many stock rows ({@code Остаток}, one per offer and warehouse)
 * @param groups how many groups the tree has
 * @param units how many units of measure
 * @param warehouses how many warehouses
 * @param priceTypes how many price types
 * @param properties how many product properties
 * @param offerProperties how many offer properties
 * @param counterparties how many counterparties
 */
public record GenerationResult(List<Path> files, long bytes, int products, int variants, int offers, int prices,
        int stockRows, int groups, int units, int warehouses, int priceTypes, int properties, int offerProperties,
        int counterparties) {
}
