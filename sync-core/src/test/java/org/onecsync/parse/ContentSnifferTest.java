package org.onecsync.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void namesJpegImages() {
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        assertEquals("an image (JPEG)", ContentSniffer.describe(head, head.length));
    }

    @Test
    void namesXmlInAnotherFormat() {
        byte[] head = "\uFEFF<?xml version=\"1.0\"?><rss/>".getBytes(StandardCharsets.UTF_8);
        assertEquals("an XML file in no format onec-sync reads", ContentSniffer.describe(head, head.length));
    }

    @Test
    void namesEmptyFiles() {
        assertEquals("an empty file", ContentSniffer.describe(new byte[0], 0));
    }
}
