package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.loading.EvidenceResolver;
import dev.ccv.loading.SelfAssessmentLoader;
import dev.ccv.model.Item;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Individuals' self-assessments for check tests, read by the real loader so that every value has its line. */
final class Individual {

    static final String FILE = "self-assessment.yaml";
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private Individual() {
    }

    /** The header (lines 1-4: kind, checklist, applicant) and then {@code body}, starting on line 5. */
    static SelfAssessment of(String body) {
        String yaml = """
                kind: self-assessment
                checklist: aws-test-program
                applicant:
                  name: Dana Lee
                """ + body;
        return new SelfAssessmentLoader().parse(yaml, FILE, new EvidenceResolver(Path.of(".")));
    }

    static CheckOutcome evaluate(ParameterizedCheckType<?> type, Item item, SelfAssessment assessment) {
        return type.create(item).evaluate(new CheckContext(item, assessment, null, List.of(), AS_OF));
    }

    static SourcePosition line(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }
}
