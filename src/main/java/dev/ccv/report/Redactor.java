package dev.ccv.report;

import dev.ccv.model.InputFile;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.Evaluation;
import dev.ccv.model.result.Finding;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.ItemResult;
import dev.ccv.model.result.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a report fit for a public copy ({@code --redact}): each non-public case study's customer
 * becomes "Non-public case study N" (N counting non-public case studies in file order) and its
 * URL is dropped; every mention of those names or URLs anywhere else in the report's text
 * (messages, removal reasons, integrity problems, file names), in any letter case, becomes the
 * same placeholder; all notes, the run's and the auditor's, are dropped. Public case studies are
 * left as they are. A case study's free-text fields (introduction, challenge, solution, outcomes)
 * never enter the report model, so there is nothing more to replace; case-study ids are kept,
 * since findings, results and {@code ccv diff} refer to them.
 */
public final class Redactor {

    /** One non-public name or URL and the placeholder that replaces it. */
    private record Mention(String text, Pattern pattern, String placeholder) {
        static Mention of(String text, String placeholder) {
            return new Mention(text, Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    placeholder);
        }
    }

    public Report redact(Report report) {
        Scrubber scrub = Scrubber.of(mentionsOf(report.evaluation().caseStudies()));
        Evaluation evaluation = report.evaluation();
        Evaluation redacted = new Evaluation(evaluation.verdict(),
                caseStudies(evaluation.caseStudies(), scrub),
                evaluation.results().stream().map(scrub::result).toList(),
                evaluation.findings().stream().map(scrub::finding).toList(),
                List.of());
        return new Report(report.toolVersion(), report.mode(), report.asOf(), report.checklist(),
                scrub.text(report.checklistVersionWarning()), report.partnerName(), redacted, report.summary(),
                report.inputs().stream().map(i -> new InputFile(scrub.text(i.path()), i.sha256())).toList(),
                scrub.integrity(report.integrity()), true);
    }

    /** Every non-public customer name and URL, longest first so that a URL containing a name goes whole. */
    private static List<Mention> mentionsOf(List<CaseStudyStatus> caseStudies) {
        List<Mention> mentions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (CaseStudyStatus caseStudy : caseStudies) {
            if (!caseStudy.isPublic()) {
                String placeholder = placeholder(++n);
                for (String text : new String[] {caseStudy.url(), caseStudy.customer()}) {
                    if (text != null && !text.isBlank() && !texts.contains(text.strip())) {
                        texts.add(text.strip());
                        mentions.add(Mention.of(text.strip(), placeholder));
                    }
                }
            }
        }
        mentions.sort(Comparator.comparingInt((Mention m) -> m.text().length()).reversed());
        return mentions;
    }

    private static List<CaseStudyStatus> caseStudies(List<CaseStudyStatus> caseStudies, Scrubber scrub) {
        List<CaseStudyStatus> redacted = new ArrayList<>();
        int n = 0;
        for (CaseStudyStatus c : caseStudies) {
            redacted.add(c.isPublic()
                    ? new CaseStudyStatus(c.id(), c.customer(), c.url(), true, c.considered(), scrub.text(c.removedBecause()))
                    : new CaseStudyStatus(c.id(), placeholder(++n), null, false, c.considered(),
                            scrub.text(c.removedBecause())));
        }
        return redacted;
    }

    private static String placeholder(int n) {
        return "Non-public case study " + n;
    }

    /** Replaces every mention in one pass, so that a placeholder is never itself rewritten. */
    private record Scrubber(Pattern any, List<Mention> mentions) {

        static Scrubber of(List<Mention> mentions) {
            Pattern any = mentions.isEmpty() ? null : Pattern.compile(
                    mentions.stream().map(m -> m.pattern().pattern()).collect(Collectors.joining("|")),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Scrubber(any, mentions);
        }

        String text(String text) {
            if (text == null || any == null) {
                return text;
            }
            Matcher matcher = any.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String found = matcher.group();
                String placeholder = mentions.stream().filter(m -> m.pattern().matcher(found).matches())
                        .findFirst().orElseThrow().placeholder();
                matcher.appendReplacement(out, Matcher.quoteReplacement(placeholder));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        ItemResult result(ItemResult r) {
            return new ItemResult(r.itemId(), r.sectionId(), r.caseStudyId(), r.severity(), r.status(),
                    r.messages().stream().map(this::text).toList(), position(r.location()));
        }

        /** The auditor's note goes with the other notes. */
        Finding finding(Finding f) {
            return new Finding(f.itemId(), f.caseStudyId(), f.severity(), f.state(), f.blocking(), text(f.message()),
                    null, position(f.location()));
        }

        Integrity integrity(Integrity integrity) {
            return new Integrity(integrity.sealed(), integrity.filesVerified(), integrity.problems().stream()
                    .map(p -> new IntegrityProblem(text(p.path()), text(p.problem()))).toList());
        }

        private SourcePosition position(SourcePosition position) {
            return position == null ? null
                    : new SourcePosition(text(position.file()), position.line(), position.column());
        }
    }
}
