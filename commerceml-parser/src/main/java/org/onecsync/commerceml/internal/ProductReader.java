package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;
import static org.onecsync.commerceml.internal.Values.ref;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.onecsync.model.Characteristic;
import org.onecsync.model.EntityType;
import org.onecsync.model.Image;
import org.onecsync.model.Manufacturer;
import org.onecsync.model.Product;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Requisite;
import org.onecsync.model.TaxRate;
import org.onecsync.model.UnitRef;
import org.onecsync.spi.RecordHandler;

/**
 * Reads one {@code Товар} of a catalog into a {@link Product}.
 */
final class ProductReader {

    /** The requisite through which 1C captions images: {@code path#caption}. */
    private static final String IMAGE_CAPTION = "ОписаниеФайла";

    private final Cursor c;
    private final Parts parts;
    private final RecordHandler out;

    ProductReader(Cursor c, Parts parts, RecordHandler out) {
        this.c = c;
        this.parts = parts;
        this.out = out;
    }

    /** Reads the products of a {@code Товары} list. */
    void readAll() throws XMLStreamException {
        c.each("Товар", this::read);
    }

    private void read() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String sku = null;
        String name = null;
        String description = null;
        String barcode = null;
        String country = null;
        String version = null;
        UnitRef unit = null;
        Manufacturer manufacturer = null;
        List<String> categories = new ArrayList<>(2);
        List<String> imagePaths = new ArrayList<>(4);
        List<PropertyValue> values = new ArrayList<>(32);
        List<Characteristic> characteristics = new ArrayList<>(0);
        List<Requisite> requisites = new ArrayList<>(8);
        List<TaxRate> taxes = new ArrayList<>(1);
        while (c.nextChild()) {
            String element = c.name();
            switch (element) {
                case "Ид" -> id = ref(c.text());
                case "Артикул" -> sku = clean(c.text());
                case "Наименование" -> name = clean(c.text());
                case "Описание" -> description = clean(c.text());
                case "Штрихкод" -> barcode = clean(c.text());
                case "Страна" -> country = clean(c.text());
                case "НомерВерсии" -> version = clean(c.text());
                case "БазоваяЕдиница" -> unit = parts.unit();
                case "Группы" -> groups(categories);
                case "Картинка" -> {
                    String path = clean(c.text());
                    if (path != null) {
                        imagePaths.add(path);
                    }
                }
                case "Изготовитель" -> manufacturer = manufacturer();
                case "ЗначенияСвойств" -> parts.propertyValues(values);
                case "ХарактеристикиТовара" -> parts.characteristics(characteristics);
                case "ЗначенияРеквизитов" -> parts.requisites(requisites);
                case "СтавкиНалогов" -> parts.taxRates(taxes);
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                default -> c.skip();
            }
        }
        if (id == null) {
            out.onSkipped(EntityType.PRODUCT, name, "product has no Ид", line);
            return;
        }
        out.onRecord(new Product(id, sku, name, description, categories, unit, barcode, country, manufacturer,
                values, characteristics, withoutCaptions(requisites, imagePaths), images(imagePaths, requisites), taxes,
                version, deleted), line);
    }

    private void groups(List<String> into) throws XMLStreamException {
        while (c.nextChild()) {
            String id = c.name().equals("Ид") ? ref(c.text()) : skipAndNull();
            if (id != null) {
                into.add(id);
            }
        }
    }

    private String skipAndNull() throws XMLStreamException {
        c.skip();
        return null;
    }

    private Manufacturer manufacturer() throws XMLStreamException {
        String id = null;
        String name = null;
        String official = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> id = ref(c.text());
                case "Наименование" -> name = clean(c.text());
                case "ОфициальноеНаименование" -> official = clean(c.text());
                default -> c.skip();
            }
        }
        return id == null && name == null ? null : new Manufacturer(id, name, official);
    }

    private static List<Image> images(List<String> paths, List<Requisite> requisites) {
        if (paths.isEmpty()) {
            return List.of();
        }
        List<Image> images = new ArrayList<>(paths.size());
        for (String path : paths) {
            images.add(new Image(path, caption(path, requisites)));
        }
        return images;
    }

    /** A product has a handful of images and requisites, so a scan beats building a map. */
    private static String caption(String path, List<Requisite> requisites) {
        for (Requisite r : requisites) {
            if (path.equals(captionedPath(r))) {
                return clean(r.value().substring(path.length() + 1));
            }
        }
        return null;
    }

    /** Captions of this product's images move onto the images; every other requisite stays. */
    private static List<Requisite> withoutCaptions(List<Requisite> requisites, List<String> imagePaths) {
        List<Requisite> rest = new ArrayList<>(requisites.size());
        for (Requisite r : requisites) {
            String path = captionedPath(r);
            if (path == null || !imagePaths.contains(path)) {
                rest.add(r);
            }
        }
        return rest;
    }

    private static String captionedPath(Requisite r) {
        if (!IMAGE_CAPTION.equals(r.name()) || r.value() == null) {
            return null;
        }
        int hash = r.value().indexOf('#');
        return hash > 0 ? r.value().substring(0, hash) : null;
    }
}
