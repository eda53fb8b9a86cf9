package vn.hungyen.khcn.portal.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hungyen.khcn.content.service.EditorialItem;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.portal.PortalApplication;

/**
 * One portal node of {@link TwoNodesTest}, run in a child JVM: starts the real portal with the arguments given, prints
 * {@value #READY}, then carries out the editor's commands read from its input — {@code publish <type> <slug>},
 * {@code unpublish <type> <slug>} through {@link EditorialWorkflow}, the service the editor's page calls — answering
 * {@code DONE <slug> <state>} (or {@code FAILED <slug> <why>}); {@code stop} closes the portal.
 */
public final class PortalNode {

    static final String READY = "READY";
    static final String DONE = "DONE ";
    static final String FAILED = "FAILED ";
    static final String EDITOR = "bien-tap-nut";

    private PortalNode() {
    }

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run(args);
        EditorialWorkflow workflow = portal.getBean(EditorialWorkflow.class);
        System.out.println(READY);
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("stop"); line = commands.readLine()) {
            String[] words = line.split(" ");
            String slug = words[2];
            try {
                EditorialItem item = workflow.items(words[1], null).stream().filter(i -> i.slug().equals(slug))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no item " + slug));
                EditorialItem changed = switch (words[0]) {
                    case "publish" -> workflow.publish(item.id(), item.version(), EDITOR);
                    case "unpublish" -> workflow.unpublish(item.id(), item.version(), EDITOR);
                    default -> throw new IllegalArgumentException("unknown command " + line);
                };
                System.out.println(DONE + slug + " " + changed.state());
            } catch (RuntimeException e) {
                System.out.println(FAILED + slug + " " + e);
            }
            System.out.flush();
        }
        portal.close();
    }
}
