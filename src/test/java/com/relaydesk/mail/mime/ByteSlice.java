package com.relaydesk.mail.mime;

import jakarta.mail.internet.SharedInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A message's bytes as Jakarta Mail reads them, without the locking of
 * {@link jakarta.mail.util.SharedByteArrayInputStream}: Jakarta reads headers and multipart
 * boundaries one byte at a time, and there every read took a lock (a third of parse time). One
 * stream belongs to one parse on one thread, so nothing needs the lock. Parts share the array
 * ({@link #newStream}) as they do with Jakarta's class.
 */
final class ByteSlice extends InputStream implements SharedInputStream {

    private final byte[] buf;
    private final int start;
    private final int end;
    private int pos;
    private int mark;

    ByteSlice(byte[] buf) {
        this(buf, 0, buf.length);
    }

    private ByteSlice(byte[] buf, int start, int end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.pos = start;
        this.mark = start;
    }

    @Override
    public int read() {
        return pos < end ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (pos >= end) {
            return -1;
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public byte[] readAllBytes() {
        byte[] rest = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return rest;
    }

    @Override
    public long skip(long n) {
        long k = Math.max(0, Math.min(n, end - pos));
        pos += (int) k;
        return k;
    }

    @Override
    public int available() {
        return end - pos;
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readLimit) {
        mark = pos;
    }

    @Override
    public void reset() {
        pos = mark;
    }

    @Override
    public long getPosition() {
        return pos - start;
    }

    @Override
    public InputStream newStream(long from, long to) {
        if (from < 0) {
            throw new IllegalArgumentException("start < 0");
        }
        int s = (int) Math.min(start + from, end);
        int e = to == -1 ? end : (int) Math.min(start + to, end);
        return new ByteSlice(buf, s, Math.max(s, e));
    }
}
