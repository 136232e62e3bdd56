package org.onecsync.catalog;

import java.util.Objects;
import org.onecsync.model.Category;

/**
 * A category with its place in the tree.
 *
 * @param category the category
 * @param path the names from the root down to it, joined by {@code " / "}
 * @param depth 0 for a root category
 * @param active whether it is active
 */
public record CategoryNode(Category category, String path, int depth, boolean active) {

    /**
     * Creates a category's place in the tree.
     *
     * @param category the category
     * @param path the names from the root down to it, joined by {@code " / "}
     * @param depth 0 for a root category
     * @param active whether it is active
     * @throws NullPointerException if {@code category} or {@code path} is {@code null}
     */
    public CategoryNode {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(path, "path");
    }
}
