package vn.hungyen.khcn.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.hungyen.khcn.content.intake.BoundedDocumentReader;
import vn.hungyen.khcn.content.intake.DocumentIntake;
import vn.hungyen.khcn.content.intake.OcrJob;
import vn.hungyen.khcn.content.intake.OcrSettings;
import vn.hungyen.khcn.content.intake.OriginalFiles;
import vn.hungyen.khcn.content.intake.PrintedPages;
import vn.hungyen.khcn.content.intake.UploadLimits;

/**
 * Pages per minute of the intake's OCR: the bundled plan 21/KH-SKHCN printed to {@code PAGES} A4 pages at 300 dpi
 * (skew 1°, 0.5 % speckle), bound into a scanned PDF and read through {@link DocumentIntake#submit} — render, deskew,
 * Tesseract, correction, every module's reading — against a baseline in the same process: the bare {@code tesseract
 * PAGE stdout -l vie} on the same page images, one after the other. Prints both rates and their ratio (the
 * character error rates are measured by {@code OcrAccuracyTest}).
 * <p>
 * {@code ./portal mvn -o -q -Pbench -pl bench -am process-classes -Docr.pages=4}
 */
public final class OcrBenchmark {

    private OcrBenchmark() {
    }

    /** The benchmark stores nothing: an in-memory database stands for the one a save would use. */
    private static DataSourceTransactionManager noStore() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:ocr-bench");
        return new DataSourceTransactionManager(memory);
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        String plan = Files.readString(project.resolve("plugins/plan/src/main/resources/plan/ke-hoach-21-KH-SKHCN-2022.txt"));
        List<BufferedImage> images = PrintedPages.render(plan, new PrintedPages.Scan(300, 1.0, 0.005, 42))
                .subList(0, pages);
        byte[] pdf = PrintedPages.pdf(images);
        Path work = Files.createTempDirectory("ocr-bench");
        System.out.printf("OCR benchmark: %d pages of plan 21/KH-SKHCN at 300 dpi, %d cores%n", pages,
                Runtime.getRuntime().availableProcessors());

        // the baseline: the bare program on the same images
        long start = System.nanoTime();
        for (int i = 0; i < images.size(); i++) {
            Path png = work.resolve("page-" + i + ".png");
            ImageIO.write(images.get(i), "png", png.toFile());
            Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "vie", "--dpi", "300")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
        double bareSeconds = (System.nanoTime() - start) / 1e9;

        // the intake: a scanned PDF through the background job
        try (BoundedDocumentReader reader = new BoundedDocumentReader(UploadLimits.defaults());
                DocumentIntake intake = new DocumentIntake(List.of(), List.of(), reader, new OriginalFiles(work),
                        noStore(), OcrSettings.defaults())) {
            start = System.nanoTime();
            var submitted = intake.submit(new ByteArrayInputStream(pdf), "ke-hoach-21-scan.pdf");
            if (!(submitted instanceof DocumentIntake.Queued queued)) {
                throw new IllegalStateException("the scan was not taken as a scan");
            }
            OcrJob job = queued.job();
            job.await(Duration.ofHours(1));
            double intakeSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("baseline (bare tesseract): %.1f pages/min (%.1f s)%n", 60 * pages / bareSeconds,
                    bareSeconds);
            System.out.printf("intake (render, deskew, tesseract, correction, readers): %.1f pages/min (%.1f s), "
                    + "%.2f× the baseline's time%n", 60 * pages / intakeSeconds, intakeSeconds,
                    intakeSeconds / bareSeconds);
            job.result().orElseThrow().close();
        }
    }
}
