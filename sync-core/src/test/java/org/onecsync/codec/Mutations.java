package org.onecsync.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onecsync.model.OfferKey;

/**
 * Test-only, reflective: every variant of a record that differs from it in exactly one place, anywhere in its
 * tree (a string set to {@code null}, to {@code ""} or changed; a flag flipped; a decimal changed in value;
 * a list emptied, reversed, shortened or grown; a nested record set to {@code null}; and recursively inside
 * nested records and list elements). Each variant carries a description of what changed.
 */
final class Mutations {

    /** One variant. */
    record Mutation(String what, Object value) {
    }

    private Mutations() {
    }

    static List<Mutation> of(Record record) {
        List<Mutation> out = new ArrayList<>();
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value = get(components[i], record);
            String name = record.getClass().getSimpleName() + "." + components[i].getName();
            for (Mutation m : valueMutations(name, value, components[i].getType())) {
                out.add(new Mutation(m.what(), with(record, i, m.value())));
            }
        }
        return out;
    }

    private static List<Mutation> valueMutations(String name, Object value, Class<?> type) {
        List<Mutation> out = new ArrayList<>();
        if (type == String.class) {
            String text = (String) value;
            if (text != null) {
                out.add(new Mutation(name + " -> null", null));
                out.add(new Mutation(name + " + 'x'", text + "x"));
            }
            if (!"".equals(text)) {
                out.add(new Mutation(name + " -> \"\"", ""));
            }
        } else if (type == boolean.class) {
            out.add(new Mutation(name + " flipped", !(Boolean) value));
        } else if (type == Boolean.class) {
            if (value != null) {
                out.add(new Mutation(name + " -> null", null));
                out.add(new Mutation(name + " flipped", !(Boolean) value));
            } else {
                out.add(new Mutation(name + " -> false", Boolean.FALSE));
            }
        } else if (type == BigDecimal.class) {
            if (value != null) {
                out.add(new Mutation(name + " -> null", null));
                out.add(new Mutation(name + " + 0.001", ((BigDecimal) value).add(new BigDecimal("0.001"))));
            } else {
                out.add(new Mutation(name + " -> 0", BigDecimal.ZERO));
            }
        } else if (type == LocalDateTime.class) {
            out.add(new Mutation(name + " + 1ns", ((LocalDateTime) value).plusNanos(1)));
            out.add(new Mutation(name + " -> null", null));
        } else if (type == OfferKey.class) {
            OfferKey key = (OfferKey) value;
            out.add(new Mutation(name + " product + 'x'", new OfferKey(key.productId() + "x", key.variantId())));
            out.add(new Mutation(name + " variant changed",
                    new OfferKey(key.productId(), key.variantId() == null ? "v" : null)));
        } else if (type == List.class) {
            List<?> list = (List<?>) value;
            if (!list.isEmpty()) {
                out.add(new Mutation(name + " emptied", List.of()));
                out.add(new Mutation(name + " without last", list.subList(0, list.size() - 1)));
                out.add(new Mutation(name + " last doubled", append(list, list.get(list.size() - 1))));
                if (list.size() > 1 && !list.get(0).equals(list.get(list.size() - 1))) {
                    List<Object> reversed = new ArrayList<>(list);
                    Collections.reverse(reversed);
                    out.add(new Mutation(name + " reversed", reversed));
                }
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    int index = i;
                    for (Mutation m : valueMutations(name + "[" + i + "]", element, element.getClass())) {
                        if (m.value() != null) {
                            out.add(new Mutation(m.what(), replace(list, index, m.value())));
                        }
                    }
                }
            }
        } else if (Record.class.isAssignableFrom(type)) {
            if (value != null) {
                out.add(new Mutation(name + " -> null", null));
                for (Mutation m : of((Record) value)) {
                    out.add(new Mutation(name + ": " + m.what(), m.value()));
                }
            }
        } else {
            throw new IllegalArgumentException("no mutations for " + type);
        }
        return out;
    }

    private static List<Object> append(List<?> list, Object element) {
        List<Object> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static List<Object> replace(List<?> list, int index, Object element) {
        List<Object> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the record with component {@code index} replaced. */
    static Record with(Record record, int index, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == index ? value : get(components[i], record);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return (Record) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every leaf of a record tree is set: no null component, no empty list (checked on every element). */
    static List<String> unset(Record record) {
        List<String> out = new ArrayList<>();
        walk(record.getClass().getSimpleName(), record, out);
        return out;
    }

    private static void walk(String path, Record record, List<String> out) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = get(component, record);
            String name = path + "." + component.getName();
            if (value == null) {
                out.add(name);
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.add(name + " (empty)");
                } else if (list.get(0) instanceof Record element) {
                    walk(name + "[0]", element, out);
                }
            } else if (value instanceof Record nested && !(value instanceof OfferKey)) {
                walk(name, nested, out);
            }
        }
    }
}
