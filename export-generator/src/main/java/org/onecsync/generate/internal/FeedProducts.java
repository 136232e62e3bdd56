package org.onecsync.generate.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.generate.internal.Product.Characteristic;

/**
 * Derives feed product {@code i} from the seed and {@code i} alone: the {@link ProductFactory} product of the
 * CommerceML export (name, description, category, barcode, unit, retail price, stock), plus the feed's own
 * quirks drawn from a stream of their own, so a feed of N products is the first N of any bigger one.
 */
public final class FeedProducts {

    /** The share of products, in percent, sold at a discount (with an old price). */
    static final int DISCOUNT_PERCENT = 30;
    /** The share of descriptions, in percent, that hold {@code ;}, quotes, a line break and a backslash. */
    static final int AWKWARD_DESCRIPTION_PERCENT = 20;

    private final long seed;
    private final ReferenceData refs;
    private final ProductFactory factory;
    private final Map<String, List<String>> pathByGroup = new HashMap<>();
    private final Map<String, String> unitByCode = new HashMap<>();

    /**
     * @param seed the feed's seed
     */
    public FeedProducts(long seed) {
        this.seed = seed;
        this.refs = ReferenceData.of(seed);
        this.factory = new ProductFactory(refs);
        for (ReferenceData.Group root : refs.groups()) {
            index(root, List.of());
        }
        for (ReferenceData.Unit unit : refs.units()) {
            unitByCode.putIfAbsent(unit.code(), unit.shortName());
        }
    }

    private void index(ReferenceData.Group group, List<String> parent) {
        List<String> path = new ArrayList<>(parent);
        path.add(group.name().strip());
        pathByGroup.put(group.id(), List.copyOf(path));
        for (ReferenceData.Group child : group.children()) {
            index(child, path);
        }
    }

    /**
     * @param index the product's position, from 0
     * @return the product
     */
    public FeedProduct build(int index) {
        Product product = factory.build(index);
        Rng rng = Rng.of(seed, 300, index);
        long retail = Pricing.retail(seed, index, 0, 0, 0);
        long price = retail;
        long oldPrice = -1;
        if (rng.percent(DISCOUNT_PERCENT)) {
            int discount = rng.between(5, 30);
            price = (retail * (100 - discount) / 100 + 25) / 50 * 50;
            oldPrice = retail;
        }
        long stock = 0;
        for (int offer = 0; offer < product.offerCount(); offer++) {
            for (int w = 0; w < refs.warehouses().size(); w++) {
                stock += Pricing.stock(seed, index, offer, w, 0, 0);
            }
        }
        String description = product.description();
        if (rng.percent(AWKWARD_DESCRIPTION_PERCENT)) {
            description += "; комплектация \"" + rng.pick(Vocabulary.CAPTION_WORDS) + "\"\nинструкция: C:\\1C\\Обмен\\"
                    + product.article() + ".pdf";
        }
        Map<String, String> characteristics = new LinkedHashMap<>();
        characteristics.put("Страна", product.country());
        characteristics.put("Производитель", product.manufacturer().name());
        characteristics.put("Вид номенклатуры", product.kind());
        if (!product.variants().isEmpty()) {
            for (Characteristic c : product.variants().get(0).characteristics()) {
                if (!c.value().isBlank()) {
                    characteristics.putIfAbsent(c.name(), c.value());
                }
            }
        }
        characteristics.values().removeIf(String::isBlank);
        List<Characteristic> list = characteristics.entrySet().stream()
                .map(e -> new Characteristic(e.getKey(), e.getValue())).toList();
        boolean active = rng.percent(92);
        boolean numbersAsText = rng.percent(15);
        boolean asList = rng.percent(20);
        return new FeedProduct(index, product.code(), product.name(), description, price, oldPrice, stock,
                pathByGroup.getOrDefault(product.groupId(), List.of()), active, product.barcode(),
                unitByCode.getOrDefault(product.unit(), "шт"), list, numbersAsText, asList);
    }
}
