package com.relaydesk.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the earlier mail a reply carries below its own words: quoted lines ({@code > …}) with
 * their attribution lines ("On 3 May, Aisha wrote:", "El 3 may, Aisha escribió:" — any language,
 * so only the colon at the end counts), or an Outlook "-----Original Message-----" and all after it.
 * Only a quoted block that nothing new follows counts: an answer written between quoted lines
 * stays whole.
 */
final class QuotedHistory {

    /** An attribution wraps onto a second line at most (a long name and address); more is the writer's own text. */
    private static final int ATTRIBUTION_LINES = 2;

    private QuotedHistory() {
    }

    /** Where the trailing quoted history begins in {@code text}, or the text's length when there is none. */
    static int start(String text) {
        List<int[]> lines = lines(text);
        int outlook = originalMessageLine(text, lines);
        int cut = -1;  // index of the first line of the trailing quoted block found so far
        int i = lines.size() - 1;
        while (i >= 0) {
            String line = line(text, lines.get(i));
            if (line.isBlank()) {
                i--;
            } else if (line.stripLeading().startsWith(">")) {
                cut = i;
                i--;
            } else if (cut >= 0 && line.stripTrailing().endsWith(":") && nextNonBlank(text, lines, i) == cut) {
                int top = i;
                while (top > 0 && i - top + 1 < ATTRIBUTION_LINES && !line(text, lines.get(top - 1)).isBlank()
                        && !line(text, lines.get(top - 1)).stripLeading().startsWith(">")) {
                    top--;
                }
                boolean wholeParagraph = top == 0 || line(text, lines.get(top - 1)).isBlank();
                cut = wholeParagraph ? top : i;
                i = top - 1;
                if (!wholeParagraph) {
                    break;
                }
            } else {
                break;
            }
        }
        int quoted = cut < 0 ? text.length() : lines.get(cut)[0];
        return outlook >= 0 ? Math.min(quoted, lines.get(outlook)[0]) : quoted;
    }

    private static int originalMessageLine(String text, List<int[]> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = line(text, lines.get(i)).strip();
            if (line.startsWith("-----") && line.endsWith("-----")
                    && line.replace("-", "").strip().equalsIgnoreCase("Original Message")) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(String text, List<int[]> lines, int after) {
        for (int k = after + 1; k < lines.size(); k++) {
            if (!line(text, lines.get(k)).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private static String line(String text, int[] bounds) {
        return text.substring(bounds[0], bounds[1]);
    }

    /** Start and end (before the line break) of every line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(new int[] {start, text.length()});
                break;
            }
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
