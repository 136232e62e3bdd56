package org.onecsync.sync;

/**
 * How far an import has got.
 *
 * @param phase {@code reading} while files are read (and, with an executor, applied meanwhile), then
 *        {@code applying} while the rest is applied, then {@code committing} just before the commit (or, for a
 *        dry run, the rollback)
 * @param file the file being read, or {@code null} once reading is over
 * @param filesDone files finished
 * @param filesTotal files in the export
 * @param records records staged so far
 */
public record ImportProgress(String phase, String file, int filesDone, int filesTotal, long records) {
}
