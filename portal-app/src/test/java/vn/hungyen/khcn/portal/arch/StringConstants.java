package vn.hungyen.khcn.portal.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The string literals a compiled class holds: its constant pool's {@code CONSTANT_String} entries, which is where
 * every literal and every inlined {@code static final String} constant ends up (names of fields, methods and
 * variables are not among them). ArchUnit sees calls and fields, not literals; this reads them from the class file.
 */
final class StringConstants {

    private StringConstants() {
    }

    static Set<String> of(JavaClass c) {
        var source = c.getSource().orElseThrow(() -> new IllegalStateException("no class file for " + c.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return read(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.getUri(), e);
        }
    }

    /** Reads the constant pool (JVMS §4.4) up to its end: the literals are the strings the String entries name. */
    private static Set<String> read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] stringIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> stringIndex[i] = in.readUnsignedShort();
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> literals = new LinkedHashSet<>();
        for (int i = 1; i < count; i++) {
            if (stringIndex[i] != 0) {
                literals.add(utf8[stringIndex[i]]);
            }
        }
        return literals;
    }
}
