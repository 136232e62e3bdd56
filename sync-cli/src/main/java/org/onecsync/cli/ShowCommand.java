package org.onecsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.onecsync.SyncException;
import org.onecsync.catalog.CatalogOffer;
import org.onecsync.catalog.CatalogReader;
import org.onecsync.catalog.OfferPrice;
import org.onecsync.catalog.OfferStock;
import org.onecsync.catalog.ResolvedProperty;
import org.onecsync.catalog.StockLevels;
import org.onecsync.catalog.Synced;
import org.onecsync.model.Characteristic;
import org.onecsync.model.Product;
import org.onecsync.store.CatalogStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync show product ID_OR_SKU}: one product as the shop sees it.
 */
@Command(name = "show",
        description = {"Prints a product as the synced catalog holds it, with its offers, prices and stock.",
            "First its fields and properties, then each sellable offer with its prices by price type and its "
                + "stock by warehouse and in total.",
            "WHAT is \"product\"; ID_OR_SKU is 1C's product id, or else its SKU (every product with that SKU). "
                + "When no product has that id or SKU, the exit code is 1."},
        mixinStandardHelpOptions = true)
public final class ShowCommand implements Callable<Integer> {

    private static final int DESCRIPTION_SHOWN = 200;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to show: product.")
    String what;

    @Parameters(index = "1", paramLabel = "ID_OR_SKU", description = "The product's 1C id, or its SKU.")
    String id;

    @Option(names = "--json", description = "Print JSON: {\"products\":[{…,\"offers\":[…]}]}.")
    boolean json;

    @Override
    public Integer call() {
        if (!"product".equals(what)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "WHAT must be product, not " + what);
        }
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode products = Json.MAPPER.createArrayNode();
        try (CatalogStore store = database.open()) {
            CatalogReader reader = store.reader();
            Optional<Synced<Product>> byId = reader.product(id);
            List<Synced<Product>> found = byId.isPresent() ? List.of(byId.get()) : reader.productsBySku(id);
            if (found.isEmpty()) {
                throw new SyncException(SyncException.Kind.BAD_INPUT, "no product with id or SKU " + id);
            }
            Map<String, String> paths = new HashMap<>();
            if (found.stream().anyMatch(p -> !p.record().categoryIds().isEmpty())) {
                reader.categories().forEach(c -> paths.put(c.category().id(), c.path()));
            }
            for (Synced<Product> product : found) {
                products.add(describe(reader, paths, product));
            }
        }
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.set("products", products);
            out.println(Json.pretty(root));
        } else {
            products.forEach(node -> text(out, (ObjectNode) node));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode describe(CatalogReader reader, Map<String, String> paths, Synced<Product> synced) {
        Product product = synced.record();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", product.id());
        node.put("sku", product.sku());
        node.put("name", product.name());
        node.put("description", product.description());
        String categoryId = product.categoryIds().isEmpty() ? null : product.categoryIds().get(0);
        node.put("categoryId", categoryId);
        node.put("category", categoryId == null ? null : paths.get(categoryId));
        node.put("unit", product.unit() == null ? null : product.unit().name());
        node.put("barcode", product.barcode());
        node.put("active", synced.active());
        ArrayNode properties = node.putArray("properties");
        for (ResolvedProperty property : reader.properties(product.id())) {
            ObjectNode p = properties.addObject();
            p.put("id", property.propertyId());
            p.put("name", property.propertyName());
            p.put("value", property.value());
        }
        characteristics(node, product.characteristics());
        ArrayNode offers = node.putArray("offers");
        for (CatalogOffer offer : reader.offers(product.id())) {
            ObjectNode o = offers.addObject();
            o.put("key", offer.key().text());
            o.put("name", offer.name());
            o.put("sku", offer.sku());
            o.put("active", offer.active());
            characteristics(o, offer.offer() == null ? List.of() : offer.offer().characteristics());
            ArrayNode prices = o.putArray("prices");
            for (OfferPrice price : reader.prices(offer.key())) {
                ObjectNode p = prices.addObject();
                p.put("priceTypeId", price.key().priceTypeId());
                p.put("priceType", price.priceTypeName());
                p.put("amount", price.amount());
                p.put("currency", price.currency());
                p.put("active", price.active());
            }
            StockLevels levels = reader.stock(offer.key());
            ObjectNode stock = o.putObject("stock");
            ArrayNode warehouses = stock.putArray("warehouses");
            for (OfferStock row : levels.warehouses()) {
                ObjectNode w = warehouses.addObject();
                w.put("warehouseId", row.key().warehouseId());
                w.put("warehouse", row.warehouseName());
                w.put("quantity", row.quantity());
            }
            stock.put("total", levels.total());
        }
        return node;
    }

    private static void characteristics(ObjectNode node, List<Characteristic> characteristics) {
        ArrayNode list = node.putArray("characteristics");
        for (Characteristic characteristic : characteristics) {
            list.addObject().put("name", characteristic.name()).put("value", characteristic.value());
        }
    }

    /** Characteristics as name: value lines. */
    private static void details(PrintWriter out, JsonNode node, String indent) {
        for (var c : node.get("characteristics")) {
            out.printf("%s%s: %s%n", indent, c.get("name").asText(), c.get("value").asText(""));
        }
    }

    /** A description on one line, shortened: it is often HTML over many lines. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= DESCRIPTION_SHOWN ? line : line.substring(0, DESCRIPTION_SHOWN) + "…";
    }

    private static void text(PrintWriter out, ObjectNode product) {
        out.printf("Product %s%s%n", product.get("id").asText(), product.get("active").asBoolean() ? "" : " (inactive)");
        line(out, "  Name", product, "name");
        line(out, "  SKU", product, "sku");
        line(out, "  Category", product, product.get("category").isNull() ? "categoryId" : "category");
        line(out, "  Unit", product, "unit");
        line(out, "  Barcode", product, "barcode");
        if (!product.get("description").isNull() && !product.get("description").asText().isBlank()) {
            out.printf("  Description: %s%n", oneLine(product.get("description").asText()));
        }
        details(out, product, "  ");
        for (var p : product.get("properties")) {
            if (!p.get("value").isNull()) {
                out.printf("  %s: %s%n", p.get("name").isNull() ? p.get("id").asText() : p.get("name").asText(),
                        p.get("value").asText());
            }
        }
        for (var offer : product.get("offers")) {
            out.printf("Offer %s%s: %s%n", offer.get("key").asText(), offer.get("active").asBoolean() ? ""
                    : " (inactive)", offer.get("name").asText(""));
            details(out, offer, "  ");
            List<String> prices = new ArrayList<>();
            offer.get("prices").forEach(p -> prices.add((p.get("priceType").isNull() ? p.get("priceTypeId").asText()
                    : p.get("priceType").asText()) + " " + p.get("amount").decimalValue().toPlainString()
                    + (p.get("currency").isNull() ? "" : " " + p.get("currency").asText())));
            out.println("  Prices: " + (prices.isEmpty() ? "none" : String.join("; ", prices)));
            List<String> stock = new ArrayList<>();
            offer.get("stock").get("warehouses").forEach(w -> stock.add((w.get("warehouse").isNull()
                    ? w.get("warehouseId").asText() : w.get("warehouse").asText()) + " "
                    + w.get("quantity").decimalValue().toPlainString()));
            var total = offer.get("stock").get("total");
            out.println("  Stock: " + (stock.isEmpty() ? "" : String.join("; ", stock) + "; ")
                    + (total.isNull() ? "none" : "total " + total.decimalValue().toPlainString()));
        }
    }

    private static void line(PrintWriter out, String label, ObjectNode node, String field) {
        if (!node.get(field).isNull()) {
            out.printf("%s: %s%n", label, node.get(field).asText());
        }
    }
}
