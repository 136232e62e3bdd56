package org.onecsync.jdbi.internal;

import java.util.HashMap;
import java.util.Map;
import org.onecsync.model.EntityType;

/** Maps the entity names stored in the {@code entity} columns back to {@link EntityType}. */
final class Entities {

    private static final Map<String, EntityType> BY_NAME = new HashMap<>();

    static {
        for (EntityType type : EntityType.values()) {
            BY_NAME.put(type.jsonName(), type);
        }
    }

    private Entities() {
    }

    /** @return the type, or {@code null} for {@code null} */
    static EntityType of(String name) {
        if (name == null) {
            return null;
        }
        EntityType type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalStateException("the store holds rows of an unknown entity '" + name + "'");
        }
        return type;
    }
}
