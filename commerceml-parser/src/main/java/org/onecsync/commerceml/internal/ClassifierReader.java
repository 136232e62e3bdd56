package org.onecsync.commerceml.internal;

import static org.onecsync.commerceml.internal.Values.clean;
import static org.onecsync.commerceml.internal.Values.ref;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.onecsync.model.Category;
import org.onecsync.model.DictionaryValue;
import org.onecsync.model.PriceType;
import org.onecsync.model.Property;
import org.onecsync.model.Unit;
import org.onecsync.model.Warehouse;
import org.onecsync.spi.RecordHandler;

/**
 * Reads reference data: groups, properties, price types, units and warehouses. Price types and warehouses
 * also occur in a 2.x offers package, so those lists are readable from any package.
 */
final class ClassifierReader {

    private final Cursor c;
    private final RecordHandler out;

    ClassifierReader(Cursor c, RecordHandler out) {
        this.c = c;
        this.out = out;
    }

    /**
     * Reads one child of a classifier (or of a package that may hold reference lists).
     *
     * @return {@code false} if the child is not a reference list (the caller decides what to do with it)
     */
    boolean readList(String name) throws XMLStreamException {
        switch (name) {
            case "Группы" -> groups(null);
            case "Свойства" -> list(this::property);
            case "ТипыЦен" -> list(this::priceType);
            case "ЕдиницыИзмерения" -> list(this::unit);
            case "Склады" -> list(this::warehouse);
            default -> {
                return false;
            }
        }
        return true;
    }

    private interface Item {
        void read() throws XMLStreamException;
    }

    private void list(Item item) throws XMLStreamException {
        while (c.nextChild()) {
            item.read();
        }
    }

    /** One {@code Группа} being read; it stays open while its nested {@code Группы} are read. */
    private static final class OpenGroup {
        final String parentId;
        final long line;
        String id;
        String name;
        boolean deleted;
        boolean emitted;
        boolean inChildren;

        OpenGroup(String parentId, long line, boolean deleted) {
            this.parentId = parentId;
            this.line = line;
            this.deleted = deleted;
        }
    }

    /**
     * Reads a {@code Группы} tree without recursion, so the tree's depth costs heap (bounded by the nesting
     * limit), never stack.
     */
    private void groups(String rootParentId) throws XMLStreamException {
        Deque<OpenGroup> open = new ArrayDeque<>();
        while (true) {
            OpenGroup group = open.peek();
            if (group == null || group.inChildren) {
                if (!c.nextChild()) {
                    if (group == null) {
                        return;
                    }
                    group.inChildren = false;
                } else if (c.name().equals("Группа")) {
                    String parentId = group == null ? rootParentId : group.id;
                    open.push(new OpenGroup(parentId, c.line(), c.deletedByAttribute()));
                } else {
                    c.skip();
                }
                continue;
            }
            if (!c.nextChild()) {
                emit(group);
                open.pop();
                continue;
            }
            switch (c.name()) {
                case "Ид" -> group.id = ref(c.text());
                case "Наименование" -> group.name = clean(c.text());
                case "ПометкаУдаления", "Статус" -> group.deleted |= c.deletionMark();
                case "Группы" -> {
                    // Children follow their parent in the stream, so the parent goes out first.
                    emit(group);
                    group.inChildren = true;
                }
                default -> c.skip();
            }
        }
    }

    private void emit(OpenGroup group) {
        if (!group.emitted) {
            out.onRecord(new Category(group.id, group.parentId, group.name, group.deleted), group.line);
            group.emitted = true;
        }
    }

    private void property() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String name = null;
        String valueType = null;
        List<DictionaryValue> values = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> id = ref(c.text());
                case "Наименование" -> name = clean(c.text());
                case "ТипЗначений" -> valueType = clean(c.text());
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                case "ВариантыЗначений" -> dictionary(values);
                default -> c.skip();
            }
        }
        out.onRecord(new Property(id, name, valueType, values, deleted), line);
    }

    private void dictionary(List<DictionaryValue> values) throws XMLStreamException {
        while (c.nextChild()) {
            switch (c.name()) {
                case "Справочник" -> {
                    String id = null;
                    String value = null;
                    while (c.nextChild()) {
                        switch (c.name()) {
                            case "ИдЗначения" -> id = ref(c.text());
                            case "Значение" -> value = clean(c.text());
                            default -> c.skip();
                        }
                    }
                    values.add(new DictionaryValue(id, value));
                }
                // Older files list bare values; the value is its own id.
                case "Значение" -> {
                    String value = clean(c.text());
                    values.add(new DictionaryValue(value, value));
                }
                default -> c.skip();
            }
        }
    }

    private void priceType() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String name = null;
        String currency = null;
        String taxName = null;
        Boolean taxIncluded = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> id = ref(c.text());
                case "Наименование" -> name = clean(c.text());
                case "Валюта" -> currency = clean(c.text());
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                case "Налог" -> {
                    while (c.nextChild()) {
                        switch (c.name()) {
                            case "Наименование" -> taxName = clean(c.text());
                            case "УчтеноВСумме" -> taxIncluded = Values.bool(c.text());
                            default -> c.skip();
                        }
                    }
                }
                default -> c.skip();
            }
        }
        out.onRecord(new PriceType(id, name, currency, taxName, taxIncluded, deleted), line);
    }

    private void unit() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String code = null;
        String shortName = null;
        String fullName = null;
        String international = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> id = ref(c.text());
                case "Код" -> code = clean(c.text());
                case "НаименованиеКраткое" -> shortName = clean(c.text());
                case "НаименованиеПолное" -> fullName = clean(c.text());
                case "МеждународноеСокращение" -> international = clean(c.text());
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                default -> c.skip();
            }
        }
        // 1C pads unit ids and codes, sometimes to nothing but spaces (a real "ед" unit has both blank);
        // compared trimmed, such a unit's id is the empty string, which is how products refer to it too.
        String key = id != null ? id : code != null ? code : "";
        out.onRecord(new Unit(key, code == null ? "" : code, shortName, fullName, international, deleted), line);
    }

    private void warehouse() throws XMLStreamException {
        long line = c.line();
        boolean deleted = c.deletedByAttribute();
        String id = null;
        String name = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Ид" -> id = ref(c.text());
                case "Наименование" -> name = clean(c.text());
                case "ПометкаУдаления", "Статус" -> deleted |= c.deletionMark();
                default -> c.skip();
            }
        }
        out.onRecord(new Warehouse(id, name, deleted), line);
    }
}
