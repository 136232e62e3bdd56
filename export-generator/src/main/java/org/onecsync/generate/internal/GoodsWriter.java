package org.onecsync.generate.internal;

import java.io.IOException;
import org.onecsync.generate.internal.Product.PropertyValue;

/**
 * Writes one {@code Товар} of a goods page. Images are referenced ({@code Картинка} and an
 * {@code ОписаниеФайла} requisite per image) but no image file is written.
 */
public final class GoodsWriter {

    private GoodsWriter() {
    }

    /**
     * @param w the goods page's writer, inside {@code Товары}
     * @param product the product
     * @throws IOException if writing fails
     */
    public static void write(CmlXmlWriter w, Product product) throws IOException {
        w.start("Товар");
        w.element("Ид", product.id());
        w.element("НомерВерсии", product.version());
        w.element("ПометкаУдаления", "false");
        w.element("Штрихкод", product.barcode());
        w.element("Артикул", product.article());
        w.element("Наименование", product.name());
        w.element("БазоваяЕдиница", product.unit());
        w.start("Группы");
        w.element("Ид", product.groupId());
        w.end("Группы");
        w.element("Описание", product.description());
        for (String image : product.images()) {
            w.element("Картинка", image);
        }
        w.element("Страна", product.country());
        w.start("Изготовитель");
        w.element("Ид", product.manufacturer().id());
        w.element("Наименование", product.manufacturer().name());
        w.element("ОфициальноеНаименование", product.manufacturer().officialName());
        w.end("Изготовитель");
        w.start("ЗначенияСвойств");
        for (PropertyValue value : product.properties()) {
            w.start("ЗначенияСвойства");
            w.element("Ид", value.id());
            w.element("Значение", value.value());
            w.end("ЗначенияСвойства");
        }
        w.end("ЗначенияСвойств");
        w.start("СтавкиНалогов");
        w.start("СтавкаНалога");
        w.element("Наименование", "НДС");
        w.element("Ставка", "20");
        w.end("СтавкаНалога");
        w.end("СтавкиНалогов");
        w.start("ЗначенияРеквизитов");
        requisite(w, "ВидНоменклатуры", product.kind());
        requisite(w, "ТипНоменклатуры", "Товар");
        requisite(w, "Полное наименование", product.name());
        requisite(w, "Код", product.code());
        for (int i = 0; i < product.images().size(); i++) {
            String image = product.images().get(i);
            if (!image.isEmpty()) {
                requisite(w, "ОписаниеФайла", image + "#" + product.captions().get(i));
            }
        }
        w.end("ЗначенияРеквизитов");
        w.element("Ширина", product.dimensions().get(0));
        w.element("Длина", product.dimensions().get(1));
        w.element("Высота", product.dimensions().get(2));
        w.end("Товар");
    }

    private static void requisite(CmlXmlWriter w, String name, String value) throws IOException {
        w.pair("ЗначениеРеквизита", "Наименование", name, "Значение", value);
    }
}
