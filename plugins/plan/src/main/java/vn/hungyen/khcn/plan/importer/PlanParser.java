package vn.hungyen.khcn.plan.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.hungyen.khcn.content.spi.Message;

/**
 * Parses the text export of an annual plan (narrative, then a "PHỤ LỤC" table of 9 TAB-separated
 * columns) into a {@link ParsedPlan}. A pure function of its input: it never throws on odd rows but
 * records them as {@link ImportProblem}s, and it does not change the registry it was given.
 */
public final class PlanParser {

    private static final Pattern APPENDIX = Pattern.compile("PHỤ LỤC(\\s+[IVX\\d]+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final OrganisationRegistry registry;

    /** A parser with the module's organisation registry. */
    public PlanParser() {
        this(OrganisationRegistry.load());
    }

    public PlanParser(OrganisationRegistry registry) {
        this.registry = registry;
    }

    /** Parses the whole export. */
    public ParsedPlan parse(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        List<String> lines = Arrays.asList(nfc.split("\\R", -1));
        int appendix = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\t') < 0 && APPENDIX.matcher(Texts.clean(lines.get(i))).matches()) {
                appendix = i;
                break;
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (appendix == lines.size()) {
            problems.add(new ImportProblem(0, "", Message.of("plan.import.problem.no-appendix")));
        }
        OrganisationRegistry session = registry.copy();
        NarrativeParser.Result narrative = new NarrativeParser(problems).parse(lines.subList(0, appendix));
        List<ParsedGroup> groups = new AppendixParser(session, problems)
                .parse(lines.subList(appendix, lines.size()), appendix + 1);
        List<String> unknown = session.unknownNames().stream()
                .filter(name -> !registry.unknownNames().contains(name)).toList();
        return new ParsedPlan(narrative.header(), narrative.sections(), groups, problems, unknown);
    }

    /** Reads {@code reader} to the end and parses it. */
    public ParsedPlan parse(Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, n);
            }
            return parse(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
