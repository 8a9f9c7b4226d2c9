package dev.ccv.cli;

import dev.ccv.model.Answer;
import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.Contribution;
import dev.ccv.model.Evidence;
import dev.ccv.model.IndividualApplicant;
import dev.ccv.model.Response;
import dev.ccv.model.SelfAssessment;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Every local evidence path the inputs refer to: a sealed bundle's manifest must list each one. */
final class LocalReferences {

    private LocalReferences() {
    }

    static Collection<String> of(SelfAssessment assessment, Optional<Audit> audit) {
        TreeSet<String> paths = new TreeSet<>();
        for (CaseStudy caseStudy : assessment.caseStudies()) {
            addLocal(caseStudy.evidence(), paths);
        }
        if (assessment.applicant() instanceof IndividualApplicant individual) {
            for (Contribution contribution : individual.contributions()) {
                addLocal(contribution.evidence(), paths);
            }
        }
        for (Response response : assessment.responses().values()) {
            if (response.answer() != null) {
                addLocal(response.answer().evidence(), paths);
            }
            for (Answer answer : response.caseStudies().values()) {
                addLocal(answer.evidence(), paths);
            }
        }
        if (audit.isPresent()) {
            for (AuditFinding finding : audit.get().findings()) {
                addLocal(finding.remediationEvidence(), paths);
            }
        }
        return paths;
    }

    private static void addLocal(List<Evidence> evidence, TreeSet<String> paths) {
        for (Evidence each : evidence) {
            if (each instanceof Evidence.Local local) {
                paths.add(local.reference());
            }
        }
    }
}
