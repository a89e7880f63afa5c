package com.relaydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    private static List<AttachmentFinding> check(String name, byte[] content) {
        return AttachmentPolicy.checkOne(new Attachment(name, content));
    }

    @Test
    void d1AllowedTypesWithMatchingContentPass() throws Exception {
        assertEquals(List.of(), check("invoice.pdf", PDF));
        assertEquals(List.of(), check("photo.PNG", PNG));
        assertEquals(List.of(), check("label.jpeg", JPEG));
        assertEquals(List.of(), check("manual.txt", "Step 1: unpack.\r\nStep 2: enjoy.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), check("warranty.docx", docx()));
        assertEquals(List.of(), check("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
        assertEquals(List.of(), check("scan.tif", new byte[] {'I', 'I', 0x2A, 0, 8, 0, 0, 0}));
        assertEquals(List.of(), check("a.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(), check("a.bmp", new byte[] {'B', 'M', 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0}));
    }

    @Test
    void d1OtherTypesAreRefused() {
        for (String name : new String[] {"setup.exe", "archive.zip", "page.html", "noextension", "invoice.pdf.exe"}) {
            List<AttachmentFinding> findings = check(name, PDF);
            assertEquals(1, findings.size(), name);
            assertEquals(RuleId.D1, findings.get(0).rule());
            assertTrue(findings.get(0).blocks());
        }
    }

    @Test
    void d2ARenamedExecutableIsRefused() {
        List<AttachmentFinding> findings = check("invoice.pdf", EXE);
        assertEquals(RuleId.D2, findings.get(0).rule());
        assertTrue(findings.get(0).blocks());
        assertTrue(findings.get(0).message().contains("a program"), findings.get(0).message());
        assertEquals(RuleId.D2, check("readme.txt", EXE).get(0).rule());
    }

    @Test
    void d2ContentOfAnotherAllowedKindIsAMismatchToo() {
        assertEquals(RuleId.D2, check("photo.jpg", PNG).get(0).rule());
        assertEquals(RuleId.D2, check("letter.docx", zip("other.txt")).get(0).rule());
        assertEquals(RuleId.D2, check("notes.txt", PDF).get(0).rule());
    }

    @Test
    void d2MarketingLookingNamesAreAWarningNotABlock() {
        List<AttachmentFinding> findings = check("Spring-Catalog-2026.pdf", PDF);
        assertEquals(1, findings.size());
        assertEquals(RuleId.D2, findings.get(0).rule());
        assertEquals(Severity.WARN, findings.get(0).severity());
        assertEquals(List.of(), check("invoice-113-4455667-8899001.pdf", PDF));
    }

    @Test
    void d3TenMegabytesCountTheEncodedWireSize() {
        assertEquals(null, AttachmentPolicy.checkTotalSize(10L * 1024 * 1024));
        AttachmentFinding over = AttachmentPolicy.checkTotalSize(10L * 1024 * 1024 + 1);
        assertEquals(RuleId.D3, over.rule());
        assertTrue(over.blocks());
    }

    @Test
    void d3An8MegabyteFileIsOverTheLimitOnceBase64Encoded() {
        byte[] eight = new byte[8 * 1024 * 1024];
        System.arraycopy(PDF, 0, eight, 0, PDF.length);
        List<Attachment> files = List.of(new Attachment("manual.pdf", eight));
        long wire = AttachmentPolicy.estimateWireSize(600, 2000, files);
        assertTrue(wire > 8L * 1024 * 1024 * 4 / 3, "base64 and line breaks count: " + wire);
        List<AttachmentFinding> findings = AttachmentPolicy.check(files, wire);
        assertEquals(RuleId.D3, findings.get(findings.size() - 1).rule());
        assertEquals(List.of(), AttachmentPolicy.check(List.of(new Attachment("manual.pdf", new byte[0x10])),
                AttachmentPolicy.estimateWireSize(600, 2000, List.of())).stream()
                .filter(f -> f.rule() == RuleId.D3).toList());
    }

    @Test
    void d3PartSizeMatchesBase64InLinesOf76() {
        // 57 raw bytes make exactly one 76-character line plus CRLF.
        long one = AttachmentPolicy.partWireSize("a.pdf", 57);
        long two = AttachmentPolicy.partWireSize("a.pdf", 114);
        assertEquals(78, two - one);
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    static byte[] zip(String... entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String entry : entries) {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
