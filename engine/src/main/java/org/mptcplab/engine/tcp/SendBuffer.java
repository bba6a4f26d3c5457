package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;

/**
 * The bytes a sender has been asked to send, as chunks of subflow data offsets (0 = first data byte).
 * Application writes extend one open-ended chunk of the application's stream; extension data
 * ({@link TcpConnection#pushChunk}) arrives as separate tagged chunks that no segment may straddle,
 * so that each segment belongs to exactly one MPTCP mapping. Bytes stay virtual: a chunk only knows
 * which stream positions it carries.
 */
final class SendBuffer {
    private final long appKey;
    private final List<Chunk> chunks = new ArrayList<>();
    private int head;
    private int cursor;
    private long end;
    private long appWritten;

    /** Buffer whose application writes carry stream {@code appKey}. */
    SendBuffer(long appKey) {
        this.appKey = appKey;
    }

    /** One run of bytes with a common origin. */
    private static final class Chunk {
        final long start;
        long end;
        final long key;
        final long sourceBase;
        final Object tag;
        final boolean app;

        Chunk(long start, long end, long key, long sourceBase, Object tag, boolean app) {
            this.start = start;
            this.end = end;
            this.key = key;
            this.sourceBase = sourceBase;
            this.tag = tag;
            this.app = app;
        }
    }

    /** Appends {@code bytes} bytes of the application's stream. */
    void write(long bytes) {
        Chunk last = chunks.size() > head ? chunks.get(chunks.size() - 1) : null;
        if (last != null && last.app && last.end == end) {
            last.end += bytes;
        } else {
            chunks.add(new Chunk(end, end + bytes, appKey, appWritten, null, true));
        }
        appWritten += bytes;
        end += bytes;
    }

    /** Appends an extension chunk; segments never cross its boundaries. */
    void push(StreamPayload data, Object tag) {
        if (data.length() == 0) {
            return;
        }
        chunks.add(new Chunk(end, end + data.length(), data.streamKey(), data.offset(), tag, false));
        end += data.length();
    }

    /** Data offset after the last queued byte. */
    long end() {
        return end;
    }

    /** Bytes from {@code offset} to the end of the chunk holding it. */
    long contiguous(long offset) {
        Chunk c = find(offset);
        return c.end - offset;
    }

    /** The payload of {@code length} bytes at data offset {@code offset} (within one chunk). */
    StreamPayload payload(long offset, int length) {
        Chunk c = find(offset);
        return new StreamPayload(c.key, c.sourceBase + (offset - c.start), length);
    }

    /** Tag of the chunk holding {@code offset} (null for application bytes). */
    Object tag(long offset) {
        return find(offset).tag;
    }

    /** Offset of {@code offset} inside its chunk. */
    long chunkOffset(long offset) {
        return offset - find(offset).start;
    }

    /** Forgets chunks wholly below {@code ackedOffset}. */
    void release(long ackedOffset) {
        while (head < chunks.size() && chunks.get(head).end <= ackedOffset && chunks.get(head).end < end) {
            chunks.set(head, null);
            head++;
        }
        if (head > 64 && head * 2 > chunks.size()) {
            chunks.subList(0, head).clear();
            cursor = Math.max(0, cursor - head);
            head = 0;
        }
    }

    private Chunk find(long offset) {
        if (offset < 0 || offset >= end) {
            throw new IllegalArgumentException("offset " + offset + " outside the queued data [0, " + end + ")");
        }
        if (cursor >= head && cursor < chunks.size()) {
            Chunk c = chunks.get(cursor);
            if (c.start <= offset && offset < c.end) {
                return c;
            }
        }
        int lo = head;
        int hi = chunks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (chunks.get(mid).start <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        cursor = lo;
        return chunks.get(lo);
    }
}
