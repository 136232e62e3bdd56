/**
 * How the engine turns records into staged rows: validation, JSON payloads, fingerprints, problem
 * bookkeeping. Not public API.
 */
package org.onecsync.sync.internal;
