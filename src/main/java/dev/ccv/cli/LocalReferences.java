package dev.ccv.cli;

import dev.ccv.model.Answer;
import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Evidence;
import dev.ccv.model.Response;
import dev.ccv.model.SelfAssessment;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every local evidence path the inputs refer to: a sealed bundle's manifest must list each one. */
final class LocalReferences {

    private LocalReferences() {
    }

    static Collection<String> of(SelfAssessment assessment, Optional<Audit> audit) {
        Stream<Evidence> fromCaseStudies = assessment.caseStudies().stream().map(CaseStudy::evidence)
                .flatMap(List::stream);
        Stream<Evidence> fromResponses = assessment.responses().values().stream().flatMap(LocalReferences::answers)
                .flatMap(answer -> answer.evidence().stream());
        Stream<Evidence> fromAudit = audit.stream().flatMap(a -> a.findings().stream())
                .map(AuditFinding::remediationEvidence).flatMap(List::stream);
        TreeSet<String> paths = new TreeSet<>();
        Stream.of(fromCaseStudies, fromResponses, fromAudit).flatMap(s -> s)
                .filter(Evidence.Local.class::isInstance)
                .map(Evidence::reference)
                .forEach(paths::add);
        return paths;
    }

    private static Stream<Answer> answers(Response response) {
        Stream<Answer> own = Stream.ofNullable(response.answer());
        return Stream.concat(own, response.caseStudies().values().stream());
    }
}
