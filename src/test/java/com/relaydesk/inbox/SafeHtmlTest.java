package com.relaydesk.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void scriptsStylesAndFormsNeverReachTheText() {
        SafeHtml.Rendered rendered = SafeHtml.render("<html><head><style>p{color:red}</style>"
                + "<script>alert('x')</script></head><body><p>Hello</p><form><input value=secret></form>"
                + "<iframe src='https://evil.example'></iframe></body></html>");
        assertEquals("Hello", rendered.text());
        assertEquals(4, rendered.removedActiveContent());
    }

    @Test
    void remoteImagesAreCountedAndNotShownWhileInlineOnesKeepTheirAltText() {
        SafeHtml.Rendered rendered = SafeHtml.render("<p>Hi</p><img src='https://track.example/p.gif' width=1>"
                + "<img src='http://cdn.example/logo.png' alt='Logo'><img src='cid:part1' alt='photo'>");
        assertEquals(2, rendered.remoteImages());
        assertTrue(rendered.text().contains("[image: photo]"));
        assertFalse(rendered.text().contains("track.example"));
    }

    @Test
    void paragraphsAndListItemsBecomeLinesAndLinksShowWhereTheyGo() {
        SafeHtml.Rendered rendered = SafeHtml.render("<p>Dear seller,</p><ul><li>one</li><li>two</li></ul>"
                + "<p>see <a href='https://shop.example/x'>here</a></p>");
        assertEquals("Dear seller,\n\n• one\n• two\n\nsee here <https://shop.example/x>", rendered.text());
        assertEquals(1, rendered.links().size());
    }

    @Test
    void emptyOrMissingHtmlIsEmptyText() {
        assertEquals("", SafeHtml.render(null).text());
        assertEquals("", SafeHtml.render("  ").text());
    }
}
