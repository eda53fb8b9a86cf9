package vn.hungyen.khcn.content.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hungyen.khcn.content.spi.Message;
import vn.hungyen.khcn.content.spi.ReadDocument;

/**
 * Old files typed in TCVN3 or VNI fonts, through the one bounded reading path: the head of plan 21/KH-SKHCN in each
 * legacy encoding, as a Word 97 file and a DOCX (written by LibreOffice from the RTF), an RTF and bare text bytes. Each
 * must come out exactly as the Unicode original ({@code expected.txt}), with a note saying it was converted.
 */
class LegacyEncodedDocumentsTest {

    @TempDir
    Path uploads;

    private final BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());

    @AfterEach
    void close() {
        reader.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "tcvn3.doc, application/msword, TCVN3 (ABC)",
            "tcvn3.rtf, application/rtf, TCVN3 (ABC)",
            "tcvn3.txt, text/plain, TCVN3 (ABC)",
            "vni.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, VNI",
            "vni.txt, text/plain, VNI"})
    void converts_a_legacy_encoded_file_to_the_exact_unicode_text(String file, String type, String encoding)
            throws IOException {
        ReadDocument doc = read(file);
        assertThat(doc.mediaType()).isEqualTo(type);
        assertThat(lines(doc.text())).isEqualTo(lines(resource("expected.txt")));
        assertThat(doc.notes()).extracting(Message::key).containsExactly("intake.note.legacy-encoding");
        assertThat(doc.notes().getFirst().args()).containsExactly(file, encoding, "5");
    }

    private ReadDocument read(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/intake/legacy/" + name);
                UploadedFile file = UploadedFile.receive(in, name, 1 << 20, uploads)) {
            return reader.read(file);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LegacyEncodedDocumentsTest.class.getResourceAsStream("/intake/legacy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static java.util.List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
