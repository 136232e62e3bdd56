/**
 * The catalog exchange's workings: query and credential parsing, upload folders, zip unpacking, import jobs and
 * the exchange log. Not API.
 */
package org.onecsync.http.internal;
