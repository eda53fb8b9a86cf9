package vn.hungyen.khcn.content.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Chỉnh nghiêng: straightens a page scanned a little askew. The angle is the one, within ±{@value #MAX_DEGREES}°, at
 * which the dark pixels' rows are most sharply separated (text lines make a spiky horizontal profile when level);
 * it is measured on a reduced copy of the page, and only an angle of {@value #MIN_DEGREES}° or more is corrected.
 */
final class Deskew {

    static final double MAX_DEGREES = 5;
    static final double MIN_DEGREES = 0.3;
    private static final double STEP = 0.1;
    private static final int SAMPLE_WIDTH = 1000;

    private Deskew() {
    }

    /** The page's skew in degrees (positive: the text rises to the right). */
    static double angle(BufferedImage page) {
        double scale = Math.min(1, (double) SAMPLE_WIDTH / page.getWidth());
        int w = (int) (page.getWidth() * scale);
        int h = (int) (page.getHeight() * scale);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        int[] xs = new int[w * h / 4];
        int[] ys = new int[xs.length];
        int n = 0;
        var raster = small.getRaster();
        for (int y = 0; y < h && n < xs.length; y++) {
            for (int x = 0; x < w && n < xs.length; x++) {
                if (raster.getSample(x, y, 0) < 128) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        double best = 0;
        double bestScore = -1;
        for (double deg = -MAX_DEGREES; deg <= MAX_DEGREES + 1e-9; deg += STEP) {
            double score = sharpness(xs, ys, n, h, w, Math.toRadians(deg));
            if (score > bestScore) {
                bestScore = score;
                best = deg;
            }
        }
        return Math.round(best * 10) / 10.0;
    }

    /** Sum of squared differences between neighbouring rows of the profile taken along the given slope. */
    private static double sharpness(int[] xs, int[] ys, int n, int h, int w, double radians) {
        double tan = Math.tan(radians);
        int offset = (int) Math.ceil(Math.abs(tan) * w);
        int[] rows = new int[h + 2 * offset + 1];
        for (int i = 0; i < n; i++) {
            int row = (int) Math.round(ys[i] + xs[i] * tan) + offset;
            if (row >= 0 && row < rows.length) {
                rows[row]++;
            }
        }
        double sum = 0;
        for (int i = 1; i < rows.length; i++) {
            double d = rows[i] - rows[i - 1];
            sum += d * d;
        }
        return sum;
    }

    /** The page turned level, on white; the page itself when its skew is too small to matter. */
    static BufferedImage straighten(BufferedImage page) {
        double angle = angle(page);
        if (Math.abs(angle) < MIN_DEGREES) {
            return page;
        }
        return rotated(page, angle);
    }

    /** The page turned by {@code degrees} about its centre (positive: clockwise on screen), on white. */
    static BufferedImage rotated(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }
}
