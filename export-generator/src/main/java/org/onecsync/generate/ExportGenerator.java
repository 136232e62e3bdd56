package org.onecsync.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.onecsync.generate.internal.ClassifierWriter;
import org.onecsync.generate.internal.CmlXmlWriter;
import org.onecsync.generate.internal.CounterpartyWriter;
import org.onecsync.generate.internal.Folder;
import org.onecsync.generate.internal.GoodsWriter;
import org.onecsync.generate.internal.Headers;
import org.onecsync.generate.internal.OffersWriter;
import org.onecsync.generate.internal.PagedOutput;
import org.onecsync.generate.internal.PricesWriter;
import org.onecsync.generate.internal.Product;
import org.onecsync.generate.internal.ProductFactory;
import org.onecsync.generate.internal.ReferenceData;
import org.onecsync.generate.internal.RestsWriter;

/**
 * Writes a realistic CommerceML 3.1 export, laid out like 1C's "Обмен с сайтом": one folder per entity
 * ({@link #FOLDERS}), products paged into {@code goods/goods_1_<page>_<guid>.xml} files and their variants,
 * prices and stock into matching {@code offers}, {@code prices} and {@code rests} pages.
 *
 * <p>The output is deterministic: the same {@link GeneratorOptions} give byte-identical files (no clock,
 * no hash-map order). Product {@code i} (ids, names, properties, variants, prices, stock) depends only on
 * the seed and {@code i}; groups, units, warehouses, price types, properties and counterparties depend
 * only on the seed. An export of N products is therefore exactly the first N products of a bigger one.
 *
 * <p>Products are generated and written one at a time, so memory does not grow with their number.
 * Products reference images ({@code Картинка}, {@code import_files/ab/<product>_<image>.jpg}) but no image
 * file is written. Files already in the target folders with other names are left alone; files with the
 * same names are replaced.
 */
public final class ExportGenerator {

    /** The folders an export consists of, in the order they are written and applied. */
    public static final List<String> FOLDERS = Arrays.stream(Folder.values()).map(Folder::folderName).toList();

    private final GeneratorOptions options;

    /**
     * @param options what to generate
     */
    public ExportGenerator(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the export into a folder, creating it and its entity folders as needed.
     *
     * @param outDir the export's root folder
     * @return what was written
     * @throws IOException if a folder or file cannot be written
     */
    public GenerationResult generate(Path outDir) throws IOException {
        ReferenceData refs = ReferenceData.of(options.seed());
        Headers headers = new Headers(refs, options.full(), options.revision());
        for (Folder folder : Folder.values()) {
            Files.createDirectories(outDir.resolve(folder.folderName()));
        }
        List<Path> files = new ArrayList<>(new ClassifierWriter(refs, headers).writeAll(outDir));
        ProductFactory factory = new ProductFactory(refs);
        int variants = 0;
        int prices = 0;
        int stockRows = 0;
        long ordinal = 0;
        PagedOutput goods = paged(outDir, Folder.GOODS, refs, headers, true);
        PagedOutput offers = paged(outDir, Folder.OFFERS, refs, headers, false);
        PagedOutput priceFiles = paged(outDir, Folder.PRICES, refs, headers, false);
        PagedOutput rests = paged(outDir, Folder.RESTS, refs, headers, false);
        try (goods; offers; priceFiles; rests) {
            for (int i = 0; i < options.products(); i++) {
                int page = i / options.productsPerFile() + 1;
                Product product = factory.build(i);
                GoodsWriter.write(goods.page(page), product);
                if (!product.variants().isEmpty()) {
                    OffersWriter.write(offers.page(page), product);
                    variants += product.variants().size();
                }
                prices += PricesWriter.write(priceFiles.page(page), refs, product, ordinal, options.revision());
                stockRows += RestsWriter.write(rests.page(page), refs, product, ordinal, options.revision());
                ordinal += product.offerCount();
            }
        }
        for (PagedOutput output : List.of(goods, offers, priceFiles, rests)) {
            files.addAll(output.files());
        }
        files.add(CounterpartyWriter.write(outDir, options.seed(), headers));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new GenerationResult(List.copyOf(files), bytes, options.products(), variants, (int) ordinal, prices,
                stockRows, refs.groupCount(), refs.units().size(), refs.warehouses().size(), refs.priceTypes().size(),
                refs.properties().size(), refs.offerProperties().size(), CounterpartyWriter.COUNT);
    }

    private static PagedOutput paged(Path outDir, Folder folder, ReferenceData refs, Headers headers,
            boolean catalog) {
        PagedOutput.Frame frame = new PagedOutput.Frame() {
            @Override
            public void open(CmlXmlWriter w) throws IOException {
                if (catalog) {
                    headers.startGoods(w);
                } else {
                    headers.startOffers(w);
                }
            }

            @Override
            public void close(CmlXmlWriter w) throws IOException {
                if (catalog) {
                    headers.endGoods(w);
                } else {
                    headers.endOffers(w);
                }
            }
        };
        return new PagedOutput(outDir.resolve(folder.folderName()), folder.folderName(), folder.ordinal(),
                refs.seed(), headers, frame);
    }
}
