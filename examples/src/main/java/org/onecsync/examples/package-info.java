/**
 * Small runnable programs that show how an application embeds onec-sync.
 */
package org.onecsync.examples;
