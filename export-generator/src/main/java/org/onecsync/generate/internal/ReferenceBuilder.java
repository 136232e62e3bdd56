package org.onecsync.generate.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onecsync.generate.internal.ReferenceData.DictionaryValue;
import org.onecsync.generate.internal.ReferenceData.Group;
import org.onecsync.generate.internal.ReferenceData.Kind;
import org.onecsync.generate.internal.ReferenceData.Manufacturer;
import org.onecsync.generate.internal.ReferenceData.PriceType;
import org.onecsync.generate.internal.ReferenceData.Property;
import org.onecsync.generate.internal.ReferenceData.Unit;
import org.onecsync.generate.internal.ReferenceData.Warehouse;

/** Builds {@link ReferenceData} from a seed, drawing everything from one generator in a fixed order. */
final class ReferenceBuilder {

    private ReferenceBuilder() {
    }

    /**
     * @param seed the export seed
     * @return the seed's reference data
     */
    static ReferenceData build(long seed) {
        Rng rng = Rng.of(seed, 1);
        List<Group> roots = new ArrayList<>();
        List<Group> leaves = new ArrayList<>();
        int groupCount = buildGroups(seed, rng, roots, leaves);
        List<Property> properties = properties(seed, rng, PropertyCatalog.GOODS, 64, Guids.PROPERTY,
                Guids.PROPERTY_VALUE);
        List<Property> offerProperties = properties(seed, rng, PropertyCatalog.OFFERS, 12,
                Guids.OFFER_PROPERTY, Guids.OFFER_PROPERTY_VALUE);
        return new ReferenceData(seed, Guids.of(seed, Guids.CATALOG, 0), roots, List.copyOf(leaves), groupCount,
                standardUnits(), warehouses(seed, rng), priceTypes(seed, rng), properties, offerProperties,
                manufacturers(seed, rng), kinds(rng, properties));
    }

    private static int buildGroups(long seed, Rng rng, List<Group> roots, List<Group> leaves) {
        int target = rng.between(112, 128);
        int[] rootOrder = rng.permutation(Vocabulary.ROOT_GROUPS.length);
        List<Group> all = new ArrayList<>();
        int rootCount = rng.between(5, 7);
        for (int i = 0; i < rootCount; i++) {
            Group root = group(seed, rng, all.size(), Vocabulary.ROOT_GROUPS[rootOrder[i]], 1);
            roots.add(root);
            all.add(root);
        }
        while (all.size() < target) {
            Group parent = all.get(rng.nextInt(all.size()));
            if (parent.depth() >= 5) {
                continue;
            }
            String name = rng.pick(Vocabulary.GROUP_WORDS);
            if (parent.children().stream().anyMatch(g -> g.name().equals(name))) {
                continue;
            }
            Group child = group(seed, rng, all.size(), name, parent.depth() + 1);
            parent.children().add(child);
            all.add(child);
        }
        collectLeaves(roots, leaves);
        return all.size();
    }

    private static Group group(long seed, Rng rng, int index, String name, int depth) {
        return new Group(Guids.of(seed, Guids.GROUP, index), Numbers.versionStamp(rng.percent(85) ? 1 : 2),
                name, depth, new ArrayList<>());
    }

    private static void collectLeaves(List<Group> groups, List<Group> leaves) {
        for (Group group : groups) {
            if (group.children().isEmpty()) {
                leaves.add(group);
            } else {
                collectLeaves(group.children(), leaves);
            }
        }
    }

    private static List<Unit> standardUnits() {
        return List.of(new Unit("796 ", "шт", "Штука", "PCE"), new Unit("778 ", "упак", padded("Упаковка"), ""),
                new Unit("715 ", "пар", "Пара (2 шт.)", "NPR"), new Unit("704 ", "набор", "Набор", "SET"),
                new Unit("839 ", "компл", "", "КОМ"), new Unit("112 ", "л", "Литр", "LTR"),
                new Unit("736 ", "рул", "Рулон", "NPL"), new Unit("166 ", "кг", padded("Килограмм"), "KGM"),
                new Unit("006 ", "м", padded("Метр"), "MTR"), new Unit("055 ", "м2", padded("Квадратный метр"), ""),
                new Unit("113 ", "м3", padded("Кубический метр"), "MTQ"), new Unit("642 ", "ед", "Единица", ""),
                new Unit("812 ", "ящ", padded("Ящик"), ""), new Unit("168 ", "т", padded("Тонна"), "TNE"),
                new Unit("163 ", "г", "Грамм", "GRM"), new Unit("111 ", "мл", "Миллилитр", "MLT"),
                new Unit("1000", "усл", "Услуга", ""), new Unit("    ", "ед", "ед", ""));
    }

    private static String padded(String name) {
        return name + " ".repeat(100 - name.length());
    }

    private static List<Warehouse> warehouses(long seed, Rng rng) {
        String[] names = {"Основной склад", "Склад Тестоград", "Склад Примерск", "Склад интернет-магазина"};
        int[] order = rng.permutation(names.length);
        List<Warehouse> result = new ArrayList<>();
        int count = rng.between(2, 3);
        for (int i = 0; i < count; i++) {
            result.add(new Warehouse(Guids.of(seed, Guids.WAREHOUSE, i), Numbers.versionStamp(i + 1L),
                    (i + 1) + " " + names[order[i]]));
        }
        return List.copyOf(result);
    }

    private static List<PriceType> priceTypes(long seed, Rng rng) {
        String[] names = {"РРЦ", "МРЦ", "Опт 1 (от 300 тыс. руб в квартал)", "Опт 2 (от 150 тыс. руб в квартал)",
            "Опт 3 (от 50 тыс. руб в квартал)", "Интернет-магазин", "Тренерская"};
        int[] percents = {100, 90, 62, 66, 71, 95, 80};
        List<PriceType> result = new ArrayList<>();
        result.add(new PriceType(Guids.of(seed, Guids.PRICE_TYPE, 0), "Розничная", 100));
        int[] order = rng.permutation(names.length);
        int others = rng.between(3, 5);
        for (int i = 0; i < others; i++) {
            result.add(new PriceType(Guids.of(seed, Guids.PRICE_TYPE, i + 1L), names[order[i]], percents[order[i]]));
        }
        return List.copyOf(result);
    }

    private static List<Property> properties(long seed, Rng rng, List<PropertyCatalog.Template> templates,
            int minimum, int kind, int valueKind) {
        int count = rng.between(minimum, templates.size());
        int[] order = rng.permutation(templates.size());
        List<Integer> chosen = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            chosen.add(order[n]);
        }
        // Offer properties start with the size; product properties always include the brand.
        int required = kind == Guids.OFFER_PROPERTY ? 0 : indexOf(templates, PropertyCatalog.BRAND);
        chosen.remove(Integer.valueOf(required));
        chosen.add(kind == Guids.OFFER_PROPERTY ? 0 : rng.nextInt(chosen.size()), required);
        if (chosen.size() > count) {
            chosen.remove(chosen.size() - 1);
        }
        List<Property> result = new ArrayList<>();
        for (int template : chosen) {
            PropertyCatalog.Template t = templates.get(template);
            List<DictionaryValue> values = new ArrayList<>();
            for (int v = 0; v < t.values().size(); v++) {
                values.add(new DictionaryValue(Guids.of(seed, valueKind, template * 64L + v), t.values().get(v)));
            }
            boolean brand = t.name().equals(PropertyCatalog.BRAND);
            result.add(new Property(brand ? PropertyCatalog.BRAND : Guids.of(seed, kind, template),
                    brand ? "" : Numbers.versionStamp(rng.percent(80) ? 1 : 2), t.name(), t.type(),
                    List.copyOf(values), t.max(), t.scale()));
        }
        return List.copyOf(result);
    }

    private static int indexOf(List<PropertyCatalog.Template> templates, String name) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static List<Manufacturer> manufacturers(long seed, Rng rng) {
        List<Manufacturer> result = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name;
            String official;
            if (rng.percent(70)) {
                name = rng.pick(Vocabulary.MANUFACTURER_CITIES) + " " + rng.pick(Vocabulary.MANUFACTURER_TRADES)
                        + " Ко., Лтд";
                official = name + ", промышленная зона " + rng.between(1, 40) + ", корпус " + rng.between(1, 9);
            } else {
                name = "ООО \"" + rng.pick(Vocabulary.COMPANY_WORDS) + "\"";
                official = "Общество с ограниченной ответственностью \"" + name.substring(5);
            }
            result.add(new Manufacturer(Guids.of(seed, Guids.MANUFACTURER, i), name, official));
        }
        return List.copyOf(result);
    }

    private static List<Kind> kinds(Rng rng, List<Property> properties) {
        int brand = 0;
        while (!properties.get(brand).id().equals(PropertyCatalog.BRAND)) {
            brand++;
        }
        int[] names = rng.permutation(Vocabulary.PRODUCT_KINDS.length);
        List<Kind> result = new ArrayList<>();
        int count = rng.between(6, 8);
        for (int k = 0; k < count; k++) {
            int[] order = rng.permutation(properties.size());
            int size = rng.between(20, 40);
            List<Integer> chosen = new ArrayList<>();
            for (int n = 0; n < size; n++) {
                if (order[n] != brand) {
                    chosen.add(order[n]);
                }
            }
            chosen.add(rng.nextInt(chosen.size() + 1), brand);
            result.add(new Kind(Vocabulary.PRODUCT_KINDS[names[k]], Collections.unmodifiableList(chosen)));
        }
        return List.copyOf(result);
    }
}
