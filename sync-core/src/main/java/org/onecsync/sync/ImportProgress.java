package org.onecsync.sync;

/**
 * How far an import has got.
 *
 * @param phase {@code reading} while files are read and staged, then {@code applying}
 * @param file the file being read, or {@code null} once reading is over
 * @param filesDone files finished
 * @param filesTotal files in the export
 * @param records records staged so far
 */
public record ImportProgress(String phase, String file, int filesDone, int filesTotal, long records) {
}
