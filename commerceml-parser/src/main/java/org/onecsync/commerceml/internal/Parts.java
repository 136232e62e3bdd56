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
        c.each("ЗначенияСвойства", () -> {
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
        });
    }

    /** Receives the two texts of a pair element. */
    interface PairSink {
        void accept(String first, String second);
    }

    /**
     * Reads each {@code item} child as a pair of two child texts (raw); a repeated second text is joined with
     * line breaks. Characteristics, requisites, tax rates, contacts and address fields all have this shape.
     */
    void pairs(String item, String firstName, String secondName, PairSink sink) throws XMLStreamException {
        c.each(item, () -> {
            String first = null;
            String second = null;
            while (c.nextChild()) {
                String name = c.name();
                if (name.equals(firstName)) {
                    first = c.text();
                } else if (name.equals(secondName)) {
                    String text = c.text();
                    second = second == null ? text : second + "\n" + text;
                } else {
                    c.skip();
                }
            }
            sink.accept(first, second);
        });
    }

    /** {@code ХарактеристикиТовара}. */
    void characteristics(List<Characteristic> into) throws XMLStreamException {
        pairs("ХарактеристикаТовара", "Наименование", "Значение",
                (name, value) -> into.add(new Characteristic(clean(name), Values.value(value))));
    }

    /** {@code ЗначенияРеквизитов}. */
    void requisites(List<Requisite> into) throws XMLStreamException {
        pairs("ЗначениеРеквизита", "Наименование", "Значение",
                (name, value) -> into.add(new Requisite(clean(name), clean(value))));
    }

    /** {@code СтавкиНалогов}. */
    void taxRates(List<TaxRate> into) throws XMLStreamException {
        pairs("СтавкаНалога", "Наименование", "Ставка", (name, rate) -> into.add(new TaxRate(clean(name), clean(rate))));
    }
}
