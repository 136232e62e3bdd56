/**
 * Implementation of the CommerceML reader. Not public API: these classes may change in any release.
 */
package org.onecsync.commerceml.internal;
