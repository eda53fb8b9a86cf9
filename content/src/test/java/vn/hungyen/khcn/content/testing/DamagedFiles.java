package vn.hungyen.khcn.content.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Damage done to files on purpose, for the tests that prove the portal heals or refuses them. */
public final class DamagedFiles {

    private DamagedFiles() {
    }

    /** Inverts a few bytes in the middle of the file, in place (as a failing disk or a stray write would). */
    public static void flipMiddleBytes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long at = channel.size() / 2;
            ByteBuffer bytes = ByteBuffer.allocate(8);
            channel.read(bytes, at);
            for (int i = 0; i < bytes.limit(); i++) {
                bytes.put(i, (byte) ~bytes.get(i));
            }
            bytes.rewind();
            channel.write(bytes, at);
        }
    }
}
