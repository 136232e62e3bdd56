/**
 * Finding and running parsers: {@link org.onecsync.parse.ParserRegistry} picks the parser for a file by its
 * content; parsers report what a file holds through the types here and fail with
 * {@link org.onecsync.parse.ParseException}.
 */
package org.onecsync.parse;
