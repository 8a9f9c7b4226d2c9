package dev.ccv.report;

import dev.ccv.model.Answer;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Evidence;
import dev.ccv.model.Located;
import dev.ccv.model.Response;
import dev.ccv.model.Submission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-public case studies of a submission, each with its placeholders ({@code non-public-N},
 * "Non-public case study N", N counting them in file order) and every text of it that a redacted
 * report must not show: id, customer, URL, free text and the paths of all its evidence.
 */
final class NonPublicCaseStudies {

    /** Real id to placeholder id, and real id to placeholder name. */
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Scrubber.Builder scrubber = new Scrubber.Builder();

    private NonPublicCaseStudies() {
    }

    static NonPublicCaseStudies of(Submission submission) {
        NonPublicCaseStudies hidden = new NonPublicCaseStudies();
        List<CaseStudy> nonPublic = new ArrayList<>();
        for (CaseStudy caseStudy : submission.assessment().caseStudies()) {
            if (caseStudy.isPublic()) {
                hidden.scrubber.keep(caseStudy.id()).keep(caseStudy.customer()).keep(caseStudy.url());
            } else {
                nonPublic.add(caseStudy);
            }
        }
        int n = 0;
        for (CaseStudy caseStudy : nonPublic) {
            hidden.add(caseStudy, ++n, evidenceOf(caseStudy.id(), submission));
        }
        return hidden;
    }

    private void add(CaseStudy caseStudy, int n, List<Evidence> evidence) {
        String id = "non-public-" + n;
        String name = "Non-public case study " + n;
        ids.put(caseStudy.id(), id);
        names.put(caseStudy.id(), name);
        scrubber.replace(caseStudy.id(), id).replace(caseStudy.customer(), name).replace(caseStudy.url(), name);
        for (String field : CaseStudy.FREE_TEXT_FIELDS) {
            Located<Object> text = caseStudy.fields().get(field);
            if (text != null && text.value() instanceof String value) {
                scrubber.replace(value, name);
            }
        }
        List<String> paths = new ArrayList<>();
        for (Evidence each : evidence) {
            String path = each instanceof Evidence.Local local ? local.path() : each.reference();
            if (!paths.contains(path)) {
                paths.add(path);
            }
            String placeholder = id + "/evidence-" + (paths.indexOf(path) + 1);
            scrubber.replace(each.reference(), placeholder).replace(path, placeholder);
        }
    }

    /** Its own evidence, its answers' evidence and the auditor's remediation evidence for it, in that order. */
    private static List<Evidence> evidenceOf(String caseStudyId, Submission submission) {
        List<Evidence> evidence = new ArrayList<>();
        submission.assessment().caseStudy(caseStudyId).ifPresent(c -> evidence.addAll(c.evidence()));
        for (Response response : submission.assessment().responses().values()) {
            Answer answer = response.answerFor(caseStudyId);
            if (answer != null) {
                evidence.addAll(answer.evidence());
            }
        }
        for (AuditFinding finding : submission.audit().map(a -> a.findings()).orElse(List.of())) {
            if (caseStudyId.equals(finding.caseStudyId())) {
                evidence.addAll(finding.remediationEvidence());
            }
        }
        return evidence;
    }

    /** The placeholder id of a non-public case study; any other id (or null, for the partner) as it is. */
    String id(String caseStudyId) {
        return caseStudyId == null ? null : ids.getOrDefault(caseStudyId, caseStudyId);
    }

    /** The placeholder name of a non-public case study, or {@code otherwise} for one already redacted. */
    String name(String caseStudyId, String otherwise) {
        return names.getOrDefault(caseStudyId, otherwise);
    }

    /** Also replaces each of these texts (an individual's personal data) with {@code placeholder}. */
    NonPublicCaseStudies replacing(List<String> texts, String placeholder) {
        texts.forEach(text -> scrubber.replace(text, placeholder));
        return this;
    }

    Scrubber scrubber() {
        return scrubber.build();
    }
}
