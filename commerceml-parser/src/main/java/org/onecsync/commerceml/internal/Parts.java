package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;
import static org.onecsync.commerceml.internal.Values.ref;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.onecsync.model.Characteristic;
import org.onecsync.model.PropertyValue;
import org.onecsync.model.Requisite;
import org.onecsync.model.TaxRate;
import org.onecsync.model.UnitRef;

/**
 * Readers for the parts that products, offers and order lines share.
 */
final class Parts {

    private final Cursor c;

    Parts(Cursor c) {
        this.c = c;
    }

    /**
     * {@code БазоваяЕдиница}: 2.x writes the code and names as attributes and the short name as text (and may
     * nest a {@code Пересчет}); 3.1 writes only a padded code as text.
     */
    UnitRef unit() throws XMLStreamException {
        if (c.hasAttributes()) {
            String code = clean(c.attr("Код"));
            String fullName = clean(c.attr("НаименованиеПолное"));
            String international = clean(c.attr("МеждународноеСокращение"));
            String name = clean(c.text());
            return new UnitRef(code, name, fullName, international);
        }
        String raw = c.text();
        String text = clean(raw);
        if (text == null) {
            // Whitespace only is a reference to the unit whose padded code is blank; nothing at all is no unit.
            return raw.isEmpty() ? null : new UnitRef("", null, null, null);
        }
        return isDigits(text) ? new UnitRef(text, null, null, null) : new UnitRef(null, text, null, null);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code ЗначенияСвойств}: one value per {@code Значение}; a property with none gets one empty value. */
    void propertyValues(List<PropertyValue> into) throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("ЗначенияСвойства")) {
                c.skip();
                continue;
            }
            String id = null;
            int before = into.size();
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Ид" -> id = ref(c.text());
                    case "Значение" -> into.add(new PropertyValue(id, Values.value(c.text())));
                    default -> c.skip();
                }
            }
            // 1C writes the id first; should it come after the values, give it to them.
            for (int i = before; i < into.size() && into.get(i).propertyId() != id; i++) {
                into.set(i, new PropertyValue(id, into.get(i).value()));
            }
            if (into.size() == before) {
                into.add(new PropertyValue(id, null));
            }
        }
    }

    /** {@code ХарактеристикиТовара}. */
    void characteristics(List<Characteristic> into) throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("ХарактеристикаТовара")) {
                c.skip();
                continue;
            }
            String name = null;
            String value = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Наименование" -> name = clean(c.text());
                    case "Значение" -> value = Values.value(c.text());
                    default -> c.skip();
                }
            }
            into.add(new Characteristic(name, value));
        }
    }

    /** {@code ЗначенияРеквизитов}. */
    void requisites(List<Requisite> into) throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("ЗначениеРеквизита")) {
                c.skip();
                continue;
            }
            String name = null;
            String value = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Наименование" -> name = clean(c.text());
                    case "Значение" -> {
                        String v = clean(c.text());
                        value = value == null ? v : v == null ? value : value + "\n" + v;
                    }
                    default -> c.skip();
                }
            }
            into.add(new Requisite(name, value));
        }
    }

    /** {@code СтавкиНалогов}. */
    void taxRates(List<TaxRate> into) throws XMLStreamException {
        while (c.nextChild()) {
            if (!c.name().equals("СтавкаНалога")) {
                c.skip();
                continue;
            }
            String name = null;
            String rate = null;
            while (c.nextChild()) {
                switch (c.name()) {
                    case "Наименование" -> name = clean(c.text());
                    case "Ставка" -> rate = clean(c.text());
                    default -> c.skip();
                }
            }
            into.add(new TaxRate(name, rate));
        }
    }

    /** Reads {@code ПометкаУдаления} or a {@code Статус} element; {@code true} if it marks deletion. */
    boolean deletionMark(String element) throws XMLStreamException {
        String text = c.text();
        return element.equals("Статус") ? Values.deletedStatus(text) : Boolean.TRUE.equals(Values.bool(text));
    }
}
