package vn.hungyen.khcn.portal.durability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.PortalApplication;

/**
 * The editor's side of {@link CrashDurabilityTest}, run in a child JVM: starts the real portal (its own
 * {@code application.properties}, hence its H2 URL) with the arguments given, then saves title edits through
 * {@link EditorialWorkflow} — the service the editor's page calls — one after the other on three published items,
 * and prints {@code SAVED <id> <n> <title>} for each save once the service has acknowledged it, until it is killed.
 *
 * <p>With {@code --bench=N} as first argument it instead times N saves and prints their mean, which is how the cost
 * of a durable commit was measured (README, "Durability").
 */
public final class EditsUntilKilled {

    static final String READY = "READY";
    static final String SAVED = "SAVED ";
    static final String EDITOR = "kiem-thu-sap-nguon";
    /** What every edited title ends with, followed by the number of the save. */
    static final String MARK = " — bản sửa ";

    private EditsUntilKilled() {
    }

    public static void main(String[] args) {
        int bench = args.length > 0 && args[0].startsWith("--bench=") ? Integer.parseInt(args[0].substring(8)) : 0;
        String[] portalArgs = bench > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run(portalArgs);
        EditorialWorkflow workflow = portal.getBean(EditorialWorkflow.class);
        List<EditorialItem> items = new ArrayList<>(
                workflow.items(null, PublicationState.PUBLISHED).stream().limit(3).toList());
        System.out.println(READY);
        System.out.flush();
        long started = System.nanoTime();
        for (int n = 1; bench == 0 || n <= bench; n++) {
            int which = n % items.size();
            EditorialItem item = items.get(which);
            String title = item.title().replaceFirst(MARK + "\\d+$", "") + MARK + n;
            EditorialItem saved = workflow.edit(item.id(), item.version(), title, item.text(), EDITOR);
            items.set(which, saved);
            if (bench == 0) {
                System.out.println(SAVED + saved.id() + " " + n + " " + saved.title());
                System.out.flush();
            }
        }
        System.out.printf("BENCH %d saves, %.2f ms per save%n", bench, (System.nanoTime() - started) / 1e6 / bench);
        portal.close();
    }
}
