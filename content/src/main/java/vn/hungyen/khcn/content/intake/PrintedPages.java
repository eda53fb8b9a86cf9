package vn.hungyen.khcn.content.intake;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Trang in giả lập: known text printed on A4 pages as a scanner would deliver them — at a resolution, with speckle
 * noise and a small skew — and bound into a PDF of images with no text layer. It is how the OCR is measured (tests
 * and the bench render their pages from the bundled plan and laws, so the expected text is exact), not a path of
 * the intake itself.
 */
public final class PrintedPages {

    /** How the page is "scanned": resolution, skew in degrees, share of pixels flipped, the noise's seed. */
    public record Scan(int dpi, double skewDegrees, double noise, long seed) {
    }

    private static final double A4_WIDTH_INCH = 8.27;
    private static final double A4_HEIGHT_INCH = 11.69;
    private static final double MARGIN_INCH = 0.8;
    private static final float FONT_POINTS = 12;

    private PrintedPages() {
    }

    /** A font with Vietnamese glyphs: DejaVu (Debian's fonts-dejavu-core), else the JDK's serif. */
    static Font font(int dpi) {
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        String family = families.contains("DejaVu Serif") ? "DejaVu Serif"
                : families.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SERIF;
        return new Font(family, Font.PLAIN, 1).deriveFont(FONT_POINTS * dpi / 72f);
    }

    /** The text's lines (wrapped to the page width) on as many pages as they need. */
    public static List<BufferedImage> render(String text, Scan scan) {
        int width = (int) (A4_WIDTH_INCH * scan.dpi());
        int height = (int) (A4_HEIGHT_INCH * scan.dpi());
        int margin = (int) (MARGIN_INCH * scan.dpi());
        Font font = font(scan.dpi());
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage page = null;
        Graphics2D g = null;
        int y = 0;
        FontMetrics metrics = null;
        for (String paragraph : text.split("\n")) {
            if (metrics == null) {
                BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
                metrics = probe.createGraphics().getFontMetrics(font);
            }
            for (String line : wrap(paragraph, metrics, width - 2 * margin)) {
                if (page == null || y + metrics.getHeight() > height - margin) {
                    if (g != null) {
                        g.dispose();
                        pages.add(page);
                    }
                    page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                    g = page.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, width, height);
                    g.setColor(Color.BLACK);
                    g.setFont(font);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    y = margin;
                }
                g.drawString(line, margin, y + metrics.getAscent());
                y += (int) (metrics.getHeight() * 1.15);
            }
        }
        if (g != null) {
            g.dispose();
            pages.add(page);
        }
        Random random = new Random(scan.seed());
        return pages.stream().map(p -> noisy(skewed(p, scan.skewDegrees()), scan.noise(), random)).toList();
    }

    private static List<String> wrap(String paragraph, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split(" +")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(next) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static BufferedImage skewed(BufferedImage page, double degrees) {
        // turned counter-clockwise on screen: its lines rise to the right
        return degrees == 0 ? page : Deskew.rotated(page, -degrees);
    }

    /** Flips a share of the pixels to black or white, as dust and paper grain on a scan. */
    private static BufferedImage noisy(BufferedImage page, double share, Random random) {
        var raster = page.getRaster();
        long flips = (long) (share * page.getWidth() * page.getHeight());
        for (long i = 0; i < flips; i++) {
            int x = random.nextInt(page.getWidth());
            int y = random.nextInt(page.getHeight());
            raster.setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
        }
        return page;
    }

    /** The pages as a PDF of images, one per A4 page, with no text layer: what a scanner's "scan to PDF" gives. */
    public static byte[] pdf(List<BufferedImage> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                var picture = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Character error rate: the edit distance between the expected and the recognised text over the expected text's
     * length, both NFC with runs of white space (line breaks included: wrapping differs) made one space.
     */
    public static double characterErrorRate(String expected, String recognised) {
        String a = flat(expected);
        String b = flat(recognised);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return a.isEmpty() ? 0 : (double) previous[b.length()] / a.length();
    }

    private static String flat(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
