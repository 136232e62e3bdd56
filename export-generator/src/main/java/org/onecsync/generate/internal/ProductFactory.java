package org.onecsync.generate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onecsync.generate.internal.Product.Characteristic;
import org.onecsync.generate.internal.Product.PropertyValue;
import org.onecsync.generate.internal.Product.Variant;
import org.onecsync.generate.internal.ReferenceData.DictionaryValue;
import org.onecsync.generate.internal.ReferenceData.Property;

/**
 * Builds product number {@code i} from the seed and {@code i} alone (plus the seed's reference data), so
 * an export of N products is exactly the first N products of any bigger export with the same seed.
 */
public final class ProductFactory {

    /** The share of products, in percent, that have variants. */
    public static final int VARIANT_PERCENT = 40;

    private static final String[] OTHER_UNITS = {"715 ", "704 ", "839 ", "778 "};

    private final ReferenceData refs;
    private final long seed;
    private final int brandIndex;

    /**
     * @param refs the reference data of the export's seed
     */
    public ProductFactory(ReferenceData refs) {
        this.refs = refs;
        this.seed = refs.seed();
        int brand = 0;
        while (!refs.properties().get(brand).id().equals(PropertyCatalog.BRAND)) {
            brand++;
        }
        this.brandIndex = brand;
    }

    /**
     * @param index the product's position, from 0
     * @return the product
     */
    public Product build(int index) {
        Rng rng = Rng.of(seed, 100, index);
        String id = Guids.of(seed, Guids.PRODUCT, index);
        int brand = rng.nextInt(Vocabulary.BRANDS.length);
        String brandName = Vocabulary.BRANDS[brand];
        String article = brandName.substring(0, 2).toUpperCase(Locale.ROOT) + rng.between(1000, 9999);
        String name = rng.pick(Vocabulary.PRODUCT_NOUNS) + " " + brandName + " " + article + ", "
                + rng.pick(Vocabulary.COLORS);
        String version = Numbers.versionStamp(rng.percent(70) ? 1 : rng.between(2, 5));
        String barcode = rng.percent(80) ? ean13(rng) : "";
        String unit = rng.percent(85) ? "796 " : rng.pick(OTHER_UNITS);
        String group = rng.pick(refs.leafGroups()).id();
        StringBuilder description = new StringBuilder(name).append(" — ");
        int sentences = rng.between(2, 4);
        for (int s = 0; s < sentences; s++) {
            description.append(s == 0 ? "" : rng.percent(50) ? "<br>" : "<br> ")
                    .append(rng.pick(Vocabulary.DESCRIPTION_SENTENCES));
        }
        List<String> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        int imageCount = rng.between(1, 4);
        for (int k = 0; k < imageCount; k++) {
            String image = Guids.of(seed, Guids.IMAGE, index * 8L + k);
            images.add("import_files/" + id.substring(0, 2) + "/" + id + "_" + image + ".jpg");
            captions.add(name + " " + rng.pick(Vocabulary.CAPTION_WORDS) + " " + (k + 1));
        }
        if (rng.percent(5)) {
            images.add("");
            captions.add("");
        }
        String country = rng.pick(Vocabulary.COUNTRIES);
        ReferenceData.Manufacturer manufacturer = rng.pick(refs.manufacturers());
        ReferenceData.Kind kind = rng.pick(refs.kinds());
        List<PropertyValue> values = new ArrayList<>(kind.properties().size());
        for (int property : kind.properties()) {
            Property p = refs.properties().get(property);
            String value = property == brandIndex ? (rng.percent(90) ? p.values().get(brand).id() : "")
                    : productValue(rng, p, article);
            values.add(new PropertyValue(p.id(), value));
        }
        List<String> dimensions = rng.percent(70) ? List.of("0", "0", "0")
                : List.of(Integer.toString(rng.between(5, 80)), Integer.toString(rng.between(5, 120)),
                        Integer.toString(rng.between(2, 60)));
        List<Variant> variants = rng.percent(VARIANT_PERCENT) ? variants(rng, index, id, name) : List.of();
        return new Product(index, id, version, barcode, article, name, unit, group, description.toString(),
                images, captions, country, manufacturer, values, kind.name(), code(index), dimensions, variants);
    }

    private String productValue(Rng rng, Property p, String article) {
        int roll = rng.nextInt(100);
        switch (p.type()) {
            case DICTIONARY:
                return roll < 62 ? rng.pick(p.values()).id() : roll < 75 ? Guids.ZERO
                        : roll < 95 ? "" : Boolean.toString(roll < 97);
            case FLAG:
                return roll < 70 ? "false" : roll < 90 ? "true" : "";
            case NUMBER:
                return roll < 55 ? Numbers.plain(1 + (rng.nextLong() >>> 1) % p.max(), p.scale())
                        : roll < 70 ? Numbers.SENTINEL_PLAIN : "";
            default:
                return roll < 45 ? text(rng, p.name(), article) : "";
        }
    }

    private static String text(Rng rng, String property, String article) {
        if (property.startsWith("Ссылка")) {
            return "https://example.com/" + (property.endsWith("видео") ? "video/" : "docs/")
                    + article.toLowerCase(Locale.ROOT) + "#!/" + rng.between(100000, 999999);
        }
        if (property.startsWith("Код")) {
            return Long.toString(9_500_000_000L + rng.nextInt(400_000_000));
        }
        if (property.startsWith("Артикул") || property.equals("Модель")) {
            return article + "-" + rng.between(10, 99);
        }
        if (property.startsWith("Название")) {
            return "Sport item " + article + " " + rng.pick(new String[] {"black", "white", "red", "blue"});
        }
        return rng.pick(Vocabulary.DESCRIPTION_SENTENCES);
    }

    private List<Variant> variants(Rng rng, int index, String id, String name) {
        List<Property> all = refs.offerProperties();
        List<DictionaryValue> sizes = all.get(0).values();
        // A product's variants share which offer properties they carry and, but for the size, their values.
        int[] order = rng.permutation(all.size() - 1);
        boolean[] carried = new boolean[all.size()];
        carried[0] = true;
        for (int n = rng.between(5, 9) - 1; n >= 0; n--) {
            carried[order[n] + 1] = true;
        }
        String[][] shared = new String[all.size()][];
        for (int p = 1; p < all.size(); p++) {
            shared[p] = carried[p] ? offerValue(rng, all.get(p)) : null;
        }
        int count = rng.between(2, 4);
        int firstSize = rng.nextInt(sizes.size());
        List<Variant> result = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
            DictionaryValue size = sizes.get((firstSize + v) % sizes.size());
            List<Characteristic> characteristics = new ArrayList<>();
            List<PropertyValue> values = new ArrayList<>();
            for (int p = 0; p < all.size(); p++) {
                if (carried[p]) {
                    String[] value = p == 0 ? new String[] {size.value(), size.id()} : shared[p];
                    characteristics.add(new Characteristic(all.get(p).name(), value[0]));
                    values.add(new PropertyValue(all.get(p).id(), value[1]));
                }
            }
            result.add(new Variant(id + "#" + Guids.of(seed, Guids.VARIANT, index * 8L + v),
                    Numbers.versionStamp(rng.percent(80) ? 1 : 2), name + " (" + size.value() + ")",
                    characteristics, values));
        }
        return result;
    }

    /** Returns {characteristic presentation, property value}. */
    private static String[] offerValue(Rng rng, Property p) {
        int roll = rng.nextInt(100);
        switch (p.type()) {
            case DICTIONARY:
                if (roll < 60) {
                    DictionaryValue value = rng.pick(p.values());
                    return new String[] {value.value(), value.id()};
                }
                return new String[] {"", ""};
            case NUMBER:
                if (roll < 50) {
                    long unscaled = 1 + (rng.nextLong() >>> 1) % p.max();
                    return new String[] {Numbers.group(unscaled, p.scale()), Numbers.plain(unscaled, p.scale())};
                }
                return roll < 75 ? new String[] {Numbers.SENTINEL_GROUPED, Numbers.SENTINEL_PLAIN}
                        : new String[] {"", ""};
            default:
                String text = roll < 30 ? "TD-" + rng.between(10000, 99999) : "";
                return new String[] {text, text};
        }
    }

    private static String ean13(Rng rng) {
        char[] digits = new char[13];
        digits[0] = '4';
        digits[1] = '6';
        int sum = 4 + 6 * 3;
        for (int i = 2; i < 12; i++) {
            int d = rng.nextInt(10);
            digits[i] = (char) ('0' + d);
            sum += i % 2 == 0 ? d : d * 3;
        }
        digits[12] = (char) ('0' + (10 - sum % 10) % 10);
        return new String(digits);
    }

    private static String code(int index) {
        String number = Integer.toString(index + 1);
        return "УТ-" + "00000000".substring(Math.min(8, number.length())) + number;
    }
}
