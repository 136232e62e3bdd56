package org.onecsync.model;

/**
 * A product image reference ({@code Картинка}).
 *
 * @param path the path as written, relative to the folder of the file that refers to it
 *             ({@code import_files/ab/<product>_<image>.jpg})
 * @param caption the caption from the {@code ОписаниеФайла} requisite ({@code path#caption}), or {@code null}
 */
public record Image(String path, String caption) {
}
