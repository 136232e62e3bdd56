/**
 * The catalog exchange's workings: query and credential parsing, upload folders, zip unpacking, import jobs and
 * the exchange log; the JSON API's spooling, body check, answers and error mapping. Not API.
 */
package org.onecsync.http.internal;
