package vn.hungyen.khcn.deliverables.service;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.hungyen.khcn.content.domain.ContentItem;
import vn.hungyen.khcn.content.domain.ContentLink;
import vn.hungyen.khcn.content.domain.StandardLinks;
import vn.hungyen.khcn.content.service.ContentLinks;

/**
 * What a plan task tells about its deliverables beyond their names, read through the core's links: the plan's
 * year (its title says "năm 2022") and the unit leading the activity that names a deliverable.
 */
@Component
class TaskFacts {

    private static final Pattern YEAR = Pattern.compile("năm\\s+((?:19|20)\\d{2})");
    // An activity's stored text is: requirement, target, timeframe, lead unit, … one a line; the timeframe
    // ("Tháng 01- Tháng 12", "Từ tháng 3- Tháng 12") is recognisable, the lead unit is the line after it.
    private static final Pattern TIMEFRAME = Pattern.compile("^(?:Từ\\s+)?[Tt]háng\\s*\\d.*");

    private final ContentLinks links;

    TaskFacts(ContentLinks links) {
        this.links = links;
    }

    /** Code of a task from its slug: {@code 21-kh-skhcn/6.3} → {@code 6.3}. */
    static String code(ContentItem task) {
        return task.getSlug().substring(task.getSlug().lastIndexOf('/') + 1);
    }

    /** The last year the title of the task's plan names. */
    Optional<Integer> planYear(ContentItem task) {
        for (ContentLink l : links.from(task, StandardLinks.PART_OF)) {
            if (DeliverableLinks.PLAN_TYPE.equals(l.getTarget().getType())) {
                Matcher m = YEAR.matcher(l.getTarget().getTitle());
                Integer year = null;
                while (m.find()) {
                    year = Integer.valueOf(m.group(1));
                }
                return Optional.ofNullable(year);
            }
        }
        return Optional.empty();
    }

    /** The unit leading the task's activity whose text holds the sentence. */
    Optional<String> leadUnit(ContentItem task, String sentence) {
        for (ContentLink l : links.to(task, StandardLinks.PART_OF)) {
            ContentItem activity = l.getSource();
            if (!DeliverableLinks.ACTIVITY_TYPE.equals(activity.getType()) || !activity.getText().contains(sentence)) {
                continue;
            }
            List<String> lines = activity.getText().lines().map(String::strip).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (TIMEFRAME.matcher(lines.get(i)).matches()) {
                    return Optional.of(lines.get(i + 1));
                }
            }
        }
        return Optional.empty();
    }
}
