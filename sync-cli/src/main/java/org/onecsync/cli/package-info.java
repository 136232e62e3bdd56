/**
 * The {@code onec-sync} command line: picocli commands over the library. Each command is a
 * {@code Callable<Integer>} returning one of the {@link org.onecsync.cli.ExitCodes}; only
 * {@link org.onecsync.cli.OnecSync#main} exits the JVM.
 */
package org.onecsync.cli;
