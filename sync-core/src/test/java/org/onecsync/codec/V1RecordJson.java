package org.onecsync.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import org.onecsync.model.OfferKey;

/**
 * A frozen copy of version 1's reflective writer ({@code org.onecsync.sync.internal.RecordJson}), the oracle
 * that {@link RecordCodec#json} must match byte for byte: version 1 databases hold exactly this text. Do not
 * change it.
 *
 * <p>Writes a domain record as compact JSON: components in declaration order, {@code null}s left out, offer keys
 * in 1C's {@code product#variant} form, decimals as plain numbers. The output is deterministic, so equal
 * records give equal text and equal fingerprints.
 */
final class V1RecordJson {

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] parts = type.getRecordComponents();
            Component[] result = new Component[parts.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < parts.length; i++) {
                try {
                    result[i] = new Component(parts[i].getName(), lookup.unreflect(parts[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Record.class)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("record " + type.getName() + " is not public", e);
                }
            }
            return result;
        }
    };

    /**
     * Lists added to the model after version 1 (an order line's discounts, issue 11): version 1 text never held
     * them, so they are left out when empty, as the codec does (the one change to this copy).
     */
    private static final java.util.Set<String> POST_V1_LISTS = java.util.Set.of("discounts");

    private V1RecordJson() {
    }

    /**
     * @param value a record of the domain model
     * @return its JSON text
     */
    public static String write(Record value) {
        StringBuilder out = new StringBuilder(256);
        writeValue(out, value);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value instanceof String text) {
            writeString(out, text);
        } else if (value instanceof OfferKey key) {
            writeString(out, key.toString());
        } else if (value instanceof Record record) {
            writeRecord(out, record);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else {
            writeString(out, value.toString());
        }
    }

    private static void writeRecord(StringBuilder out, Record record) {
        out.append('{');
        boolean first = true;
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object value = component.get(record);
            if (value == null || POST_V1_LISTS.contains(component.name) && ((List<?>) value).isEmpty()) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, component.name);
            out.append(':');
            writeValue(out, value);
        }
        out.append('}');
    }

    /**
     * Appends a JSON string literal.
     *
     * @param out where to
     * @param text the text
     */
    public static void writeString(StringBuilder out, String text) {
        out.append('"');
        int clean = 0;
        int n = text.length();
        while (clean < n && !needsEscape(text.charAt(clean))) {
            clean++;
        }
        // Most texts need no escaping: copy them whole.
        out.append(text, 0, clean);
        for (int i = clean; i < n; i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
    }

    private record Component(String name, MethodHandle accessor) {
        Object get(Record record) {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }
}
