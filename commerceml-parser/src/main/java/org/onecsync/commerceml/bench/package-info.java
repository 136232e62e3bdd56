/**
 * Measuring the CommerceML reader: its throughput next to a plain StAX event walk over the same files, with the
 * same parser and encoding handling, in the same run.
 */
package org.onecsync.commerceml.bench;
