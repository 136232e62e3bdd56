/**
 * Where an export's bytes come from: a folder, a zip of one, or a single file. A source yields named byte
 * streams and knows nothing about formats. Open one with {@link org.onecsync.source.ExportSources#open}.
 */
package org.onecsync.source;
