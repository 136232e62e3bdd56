package org.onecsync.generate.internal;

import java.util.List;

/**
 * Everything an export refers to besides its products: the classifier (groups, units, warehouses, price
 * types, product and offer properties with their dictionary values), manufacturers and the kinds of
 * product. It depends on the seed only, never on the number of products, and is small (a few hundred
 * objects), so it is the one thing the generator keeps in memory.
 *
 * @param seed the export seed
 * @param catalogId the GUID of the catalog and classifier
 * @param groups the group tree's roots
 * @param leafGroups the groups without children, where products go
 * @param groupCount how many groups the tree has
 * @param units the units of measure
 * @param warehouses the warehouses
 * @param priceTypes the price types; the first is the retail price
 * @param properties the product properties
 * @param offerProperties the offer (variant) properties; the first is the size
 * @param manufacturers the manufacturers
 * @param kinds the kinds of product ({@code ВидНоменклатуры}), each with its properties
 */
public record ReferenceData(long seed, String catalogId, List<Group> groups, List<Group> leafGroups,
        int groupCount, List<Unit> units, List<Warehouse> warehouses, List<PriceType> priceTypes,
        List<Property> properties, List<Property> offerProperties, List<Manufacturer> manufacturers,
        List<Kind> kinds) {

    /** The catalog's and classifier's name. */
    public static final String CATALOG_NAME = "Каталог товаров";

    /**
     * A group (category) of the tree.
     *
     * @param id its GUID
     * @param version its {@code НомерВерсии}
     * @param name its name
     * @param depth 1 for a root
     * @param children its subgroups
     */
    public record Group(String id, String version, String name, int depth, List<Group> children) {
    }

    /**
     * A unit of measure; {@code code} is padded like 1C's ({@code "796 "}).
     *
     * @param code the {@code Ид} and {@code Код}
     * @param shortName the {@code НаименованиеКраткое}
     * @param fullName the {@code НаименованиеПолное}, sometimes padded with spaces
     * @param international the {@code МеждународноеСокращение}, possibly empty
     */
    public record Unit(String code, String shortName, String fullName, String international) {
    }

    /**
     * @param id its GUID
     * @param version its {@code НомерВерсии}
     * @param name its name
     */
    public record Warehouse(String id, String version, String name) {
    }

    /**
     * @param id its GUID
     * @param name its name
     * @param percent its price as a percentage of the retail price
     */
    public record PriceType(String id, String name, int percent) {
    }

    /**
     * A product or offer property.
     *
     * @param id its GUID, or a name such as {@code Бренд}
     * @param version its {@code НомерВерсии}; empty for the brand, as 1C writes it
     * @param name its name
     * @param type how its values are written
     * @param values its dictionary values (empty unless a dictionary)
     * @param max the largest number, unscaled (numbers only)
     * @param scale the number of decimals (numbers only)
     */
    public record Property(String id, String version, String name, PropertyCatalog.Type type,
            List<DictionaryValue> values, long max, int scale) {
    }

    /**
     * @param id its GUID ({@code ИдЗначения})
     * @param value its text
     */
    public record DictionaryValue(String id, String value) {
    }

    /**
     * @param id its GUID
     * @param name its name
     * @param officialName its official name
     */
    public record Manufacturer(String id, String name, String officialName) {
    }

    /**
     * @param name the {@code ВидНоменклатуры}
     * @param properties indices into {@link ReferenceData#properties()}, in the order products list them
     */
    public record Kind(String name, List<Integer> properties) {
    }

    /**
     * Builds the reference data of a seed.
     *
     * @param seed the export seed
     * @return the reference data
     */
    public static ReferenceData of(long seed) {
        return ReferenceBuilder.build(seed);
    }
}
