/**
 * Internal: the implementations behind {@link org.onecsync.source.ExportSources}. Not part of the public
 * API; these classes may change or disappear in any release. Use {@link org.onecsync.source.ExportSources}
 * and the interfaces of {@link org.onecsync.source} instead.
 */
package org.onecsync.source.internal;
