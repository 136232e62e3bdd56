package org.onecsync.generate.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.generate.internal.ReferenceData.DictionaryValue;
import org.onecsync.generate.internal.ReferenceData.Group;
import org.onecsync.generate.internal.ReferenceData.PriceType;
import org.onecsync.generate.internal.ReferenceData.Property;
import org.onecsync.generate.internal.ReferenceData.Unit;
import org.onecsync.generate.internal.ReferenceData.Warehouse;

/**
 * Writes the classifier files: units, storages, priceLists, groups, propertiesGoods and propertiesOffers.
 * Each repeats the {@code Каталог} header (the offer properties a {@code ПакетПредложений} one) before its
 * {@code Классификатор}, as 1C does.
 */
public final class ClassifierWriter {

    /** Product properties per propertiesGoods file. */
    public static final int GOODS_PROPERTIES_PER_FILE = 25;
    /** Offer properties per propertiesOffers file. */
    public static final int OFFER_PROPERTIES_PER_FILE = 10;

    private static final String VERSION_1 = Numbers.versionStamp(1);

    private final ReferenceData refs;
    private final Headers headers;

    /**
     * @param refs the reference data
     * @param headers the export's headers
     */
    public ClassifierWriter(ReferenceData refs, Headers headers) {
        this.refs = refs;
        this.headers = headers;
    }

    /**
     * Writes every classifier file under the export folder; the folders must exist.
     *
     * @param outDir the export folder
     * @return the files written, in order
     * @throws IOException if writing fails
     */
    public List<Path> writeAll(Path outDir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(single(outDir, Folder.UNITS, this::units));
        files.add(single(outDir, Folder.STORAGES, this::storages));
        files.add(single(outDir, Folder.PRICE_LISTS, this::priceTypes));
        files.add(single(outDir, Folder.GROUPS, w -> {
            w.start("Группы");
            groups(w, refs.groups());
            w.end("Группы");
        }));
        files.addAll(properties(outDir, Folder.PROPERTIES_GOODS, refs.properties(), GOODS_PROPERTIES_PER_FILE));
        files.addAll(properties(outDir, Folder.PROPERTIES_OFFERS, refs.offerProperties(),
                OFFER_PROPERTIES_PER_FILE));
        return files;
    }

    private interface Body {
        void write(CmlXmlWriter w) throws IOException;
    }

    private Path single(Path outDir, Folder folder, Body body) throws IOException {
        Path file = outDir.resolve(folder.folderName()).resolve(folder.folderName() + ".xml");
        try (CmlXmlWriter w = CmlXmlWriter.create(file, headers.formedAt(folder.ordinal(), 1))) {
            headers.catalog(w);
            headers.startClassifier(w);
            body.write(w);
            w.end("Классификатор");
        }
        return file;
    }

    private void units(CmlXmlWriter w) throws IOException {
        w.start("ЕдиницыИзмерения");
        for (Unit unit : refs.units()) {
            w.start("ЕдиницаИзмерения");
            w.element("Ид", unit.code());
            w.element("НомерВерсии", VERSION_1);
            w.element("ПометкаУдаления", "false");
            w.element("НаименованиеКраткое", unit.shortName());
            w.element("Код", unit.code());
            w.element("НаименованиеПолное", unit.fullName());
            w.element("МеждународноеСокращение", unit.international());
            w.end("ЕдиницаИзмерения");
        }
        w.end("ЕдиницыИзмерения");
    }

    private void storages(CmlXmlWriter w) throws IOException {
        w.start("Склады");
        for (Warehouse warehouse : refs.warehouses()) {
            w.start("Склад");
            w.element("Ид", warehouse.id());
            w.element("НомерВерсии", warehouse.version());
            w.element("ПометкаУдаления", "false");
            w.element("Наименование", warehouse.name());
            w.end("Склад");
        }
        w.end("Склады");
    }

    private void priceTypes(CmlXmlWriter w) throws IOException {
        w.start("ТипыЦен");
        for (PriceType type : refs.priceTypes()) {
            w.start("ТипЦены");
            w.element("Ид", type.id());
            w.element("НомерВерсии", VERSION_1);
            w.element("ПометкаУдаления", "false");
            w.element("Наименование", type.name());
            w.element("Валюта", "RUB");
            w.start("Налог");
            w.element("Наименование", "НДС");
            w.element("УчтеноВСумме", "true");
            w.element("Акциз", "false");
            w.end("Налог");
            w.end("ТипЦены");
        }
        w.end("ТипыЦен");
    }

    private void groups(CmlXmlWriter w, List<Group> groups) throws IOException {
        for (Group group : groups) {
            w.start("Группа");
            w.element("Ид", group.id());
            w.element("НомерВерсии", group.version());
            w.element("ПометкаУдаления", "false");
            w.element("Наименование", group.name());
            if (!group.children().isEmpty()) {
                w.start("Группы");
                groups(w, group.children());
                w.end("Группы");
            }
            w.end("Группа");
        }
    }

    private List<Path> properties(Path outDir, Folder folder, List<Property> properties, int perFile)
            throws IOException {
        boolean offers = folder == Folder.PROPERTIES_OFFERS;
        PagedOutput.Frame frame = new PagedOutput.Frame() {
            @Override
            public void open(CmlXmlWriter w) throws IOException {
                if (offers) {
                    headers.startOfferPackage(w);
                    w.end("ПакетПредложений");
                } else {
                    headers.catalog(w);
                }
                headers.startClassifier(w);
                w.start("Свойства");
            }

            @Override
            public void close(CmlXmlWriter w) throws IOException {
                w.end("Свойства");
                w.end("Классификатор");
            }
        };
        PagedOutput out = new PagedOutput(outDir.resolve(folder.folderName()), folder.folderName(),
                folder.ordinal(), refs.seed(), headers, frame);
        try (out) {
            for (int i = 0; i < properties.size(); i++) {
                property(out.page(i / perFile + 1), properties.get(i));
            }
        }
        return out.files();
    }

    private static void property(CmlXmlWriter w, Property property) throws IOException {
        w.start("Свойство");
        w.element("Ид", property.id());
        w.element("Наименование", property.name());
        w.element("НомерВерсии", property.version());
        w.element("ПометкаУдаления", "false");
        w.element("Внешний", "false");
        w.element("Информационное", "true");
        switch (property.type()) {
            case NUMBER -> w.element("ТипЗначений", "Число");
            case STRING -> w.element("ТипЗначений", "Строка");
            default -> w.element("ТипЗначений", "Справочник");
        }
        if (!property.values().isEmpty()) {
            w.start("ВариантыЗначений");
            for (DictionaryValue value : property.values()) {
                w.pair("Справочник", "ИдЗначения", value.id(), "Значение", value.value());
            }
            w.end("ВариантыЗначений");
        }
        w.end("Свойство");
    }
}
