package org.onecsync.parse;

import org.onecsync.model.EntityType;

/**
 * An entity a parser found but could not turn into a record (no id, an amount that is not a number, …): what a
 * {@link org.onecsync.spi.RecordHandler#onSkipped} call reports, with the file it is in.
 *
 * @param path the file's path within the export, or {@code null} if the parser named none
 * @param line the line on which the entity starts
 * @param type the kind of entity
 * @param key its key as far as it could be read, or {@code null}
 * @param reason why it could not be read, for a person
 */
public record UnreadableRecord(String path, long line, EntityType type, String key, String reason) {
}
