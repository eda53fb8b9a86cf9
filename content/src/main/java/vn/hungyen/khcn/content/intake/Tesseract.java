package vn.hungyen.khcn.content.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The Tesseract program, run once per page as a child process with a time limit (killed when it overruns), the
 * Vietnamese model and tab-separated output, from which the text comes line by line with each word's confidence.
 * Called directly rather than through Tika's OCR parser: the intake needs a time limit per page, a progress report
 * per page, the confidence, and control of rendering and deskewing, none of which the parser gives.
 */
final class Tesseract {

    /** One recognised page: its lines and the mean confidence of its words (0–100). */
    record Page(String text, double confidence, int words) {
    }

    private final OcrSettings settings;
    private volatile @Nullable Boolean available;

    Tesseract(OcrSettings settings) {
        this.settings = settings;
    }

    /** Whether the program and its language model are installed (asked once). */
    boolean available() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private boolean probe() {
        try {
            Process p = new ProcessBuilder(settings.command(), "--list-langs").redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && new String(out, StandardCharsets.UTF_8).lines()
                    .anyMatch(l -> l.strip().equals(settings.language()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Recognises one page image, working in {@code workDir}.
     *
     * @throws DocumentRejectedException when Tesseract overruns the page time limit or fails
     */
    Page recognize(BufferedImage image, Path workDir, String fileName) throws InterruptedException {
        Path png = workDir.resolve("page.png");
        Path base = workDir.resolve("page");
        Path tsv = workDir.resolve("page.tsv");
        try {
            ImageIO.write(image, "png", png.toFile());
            Files.deleteIfExists(tsv);
            Process p = new ProcessBuilder(settings.command(), png.toString(), base.toString(), "-l",
                    settings.language(), "--dpi", String.valueOf(settings.dpi()), "tsv")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!p.waitFor(settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE,
                            "intake.error.ocr-timeout", fileName, settings.pageTimeout().toSeconds());
                }
            } finally {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
            if (p.exitValue() != 0 || !Files.exists(tsv)) {
                throw new DocumentRejectedException(DocumentRejectedException.Kind.UNREADABLE, "intake.error.corrupt",
                        fileName);
            }
            return parse(Files.readAllLines(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            UploadedFile.deleteQuietly(png);
            UploadedFile.deleteQuietly(tsv);
        }
    }

    /**
     * Tesseract's TSV: {@code level page block par line word left top width height conf text}; a word is level 5.
     * Words keep their order; a new (block, paragraph, line) starts a new line.
     */
    static Page parse(List<String> tsv) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        double confidence = 0;
        int words = 0;
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            lines.computeIfAbsent(f[2] + "/" + f[3] + "/" + f[4], k -> new ArrayList<>()).add(f[11].strip());
            try {
                double c = Double.parseDouble(f[10]);
                if (c >= 0) {
                    confidence += c;
                    words++;
                }
            } catch (NumberFormatException ignored) {
                // a header row or a damaged line: no confidence to count
            }
        }
        List<String> text = lines.values().stream().map(w -> String.join(" ", w)).toList();
        return new Page(String.join("\n", text), words == 0 ? 0 : confidence / words, words);
    }
}
