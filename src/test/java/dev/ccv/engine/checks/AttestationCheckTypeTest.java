package dev.ccv.engine.checks;

import static dev.ccv.engine.Fixtures.answer;
import static dev.ccv.engine.Fixtures.assessment;
import static dev.ccv.engine.Fixtures.at;
import static dev.ccv.engine.Fixtures.caseStudy;
import static dev.ccv.engine.Fixtures.context;
import static dev.ccv.engine.Fixtures.external;
import static dev.ccv.engine.Fixtures.item;
import static dev.ccv.engine.Fixtures.local;
import static dev.ccv.engine.Fixtures.missing;
import static dev.ccv.engine.Fixtures.notApplicable;
import static dev.ccv.engine.Fixtures.parameterAt;
import static dev.ccv.engine.Fixtures.perCaseStudy;
import static dev.ccv.engine.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.InputError;
import dev.ccv.model.Item;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.result.ResultStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttestationCheckTypeTest {

    private final AttestationCheckType type = new AttestationCheckType();
    private final Item item = item("BR-004").build();

    private CheckOutcome evaluate(Item checked, SelfAssessment assessment) {
        return type.create(checked).evaluate(context(checked, assessment, null));
    }

    @Test
    void metWithResolvingEvidence() {
        SelfAssessment assessment = assessment()
                .respond(response("BR-004", answer(ResponseStatus.MET, 20, local("evidence/a.md", 21)))).build();

        assertThat(evaluate(item, assessment)).isEqualTo(CheckOutcome.met(at(20)));
    }

    @Test
    void externalEvidenceCountsAndIsMarkedNotVerified() {
        SelfAssessment assessment = assessment().respond(response("BR-004",
                answer(ResponseStatus.MET, 20, external("https://acme.example/blog", 21)))).build();

        assertThat(evaluate(item, assessment))
                .isEqualTo(CheckOutcome.met(at(20), "external, not verified: https://acme.example/blog"));
    }

    @Test
    void noResponseIsUnmetAtTheSelfAssessment() {
        assertThat(evaluate(item, assessment().build())).isEqualTo(CheckOutcome.unmet(at(1), "no response"));
    }

    @Test
    void statusNotMetIsUnmet() {
        SelfAssessment assessment = assessment()
                .respond(response("BR-004", answer(ResponseStatus.NOT_MET, 20, local("evidence/a.md", 21)))).build();

        assertThat(evaluate(item, assessment)).isEqualTo(CheckOutcome.unmet(at(20), "status is not-met"));
    }

    @Test
    void tooFewEvidenceReferences() {
        Item needsTwo = item("BR-004").with("minEvidence", 2L).build();
        SelfAssessment assessment = assessment()
                .respond(response("BR-004", answer(ResponseStatus.MET, 20, local("evidence/a.md", 21)))).build();

        assertThat(evaluate(needsTwo, assessment))
                .isEqualTo(CheckOutcome.unmet(at(20), "needs at least 2 evidence references, found 1"));
        assertThat(evaluate(item, assessment().respond(response("BR-004", answer(ResponseStatus.MET, 20))).build()))
                .isEqualTo(CheckOutcome.unmet(at(20), "needs at least 1 evidence reference, found 0"));
    }

    @Test
    void minEvidenceZeroNeedsOnlyTheStatus() {
        Item none = item("BR-004").with("minEvidence", 0L).build();

        assertThat(evaluate(none, assessment().respond(response("BR-004", answer(ResponseStatus.MET, 20))).build())
                .status()).isEqualTo(ResultStatus.MET);
    }

    @Test
    void everyMissingEvidenceIsNamedAtTheFirstMissingReference() {
        SelfAssessment assessment = assessment().respond(response("BR-004", answer(ResponseStatus.MET, 20,
                local("evidence/a.md", 21), missing("evidence/b.md", 22), missing("evidence/c.md", 23)))).build();

        assertThat(evaluate(item, assessment)).isEqualTo(CheckOutcome.unmet(at(22),
                List.of("evidence not found: evidence/b.md", "evidence not found: evidence/c.md")));
    }

    @Test
    void notApplicableWithNotesWhereAllowed() {
        Item allowing = item("BR-004").allowNotApplicable().build();
        SelfAssessment assessment = assessment()
                .respond(response("BR-004", notApplicable("We do not host anything", 20))).build();

        assertThat(evaluate(allowing, assessment)).isEqualTo(
                CheckOutcome.notApplicable(at(20), "answered not-applicable, with notes saying why"));
    }

    @Test
    void notApplicableWithoutNotesWhereAllowed() {
        Item allowing = item("BR-004").allowNotApplicable().build();

        assertThat(evaluate(allowing, assessment().respond(response("BR-004", notApplicable("  ", 20))).build()))
                .isEqualTo(CheckOutcome.unmet(at(20), "not-applicable needs notes saying why"));
    }

    @Test
    void notApplicableWhereNotAllowedWithAndWithoutNotes() {
        CheckOutcome expected = CheckOutcome.unmet(at(20), "not-applicable is not allowed for this item");

        assertThat(evaluate(item, assessment().respond(response("BR-004", notApplicable("because", 20))).build()))
                .isEqualTo(expected);
        assertThat(evaluate(item, assessment().respond(response("BR-004", notApplicable(null, 20))).build()))
                .isEqualTo(expected);
    }

    @Test
    void caseStudyScopeReadsEachCaseStudysAnswer() {
        Item perCase = item("ARC-001").caseStudyScoped().build();
        CaseStudy globex = caseStudy("cs-globex").build();
        CaseStudy initech = caseStudy("cs-initech").build();
        SelfAssessment assessment = assessment().caseStudies(globex, initech).respond(perCaseStudy("ARC-001", 30,
                Map.of("cs-globex", answer(ResponseStatus.MET, 31, local("evidence/globex.png", 32))))).build();

        assertThat(type.create(perCase).evaluate(context(perCase, assessment, globex)))
                .isEqualTo(CheckOutcome.met(at(31)));
        // the response exists but says nothing for this case study: point at the response
        assertThat(type.create(perCase).evaluate(context(perCase, assessment, initech)))
                .isEqualTo(CheckOutcome.unmet(at(30), "no response for case study cs-initech; add"
                        + " `responses.ARC-001.caseStudies.cs-initech`, e.g. cs-initech: { status: met, evidence:"
                        + " [PATH] }"));
    }

    @Test
    void validatesMinEvidence() {
        assertThat(type.validate(item)).isEmpty();
        assertThat(type.validate(item("X-1").with("minEvidence", "two").build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `minEvidence` must be a whole number, not text"));
        assertThat(type.validate(item("X-1").with("minEvidence", -1L).build()))
                .containsExactly(new InputError(parameterAt(0), "parameter `minEvidence` must be at least 0, not -1"));
        assertThat(type.validate(item("X-1").with("minEvidnce", 2L).build())).containsExactly(new InputError(
                parameterAt(0), "unknown parameter `minEvidnce` for check type `attestation`", "minEvidence"));
        assertThat(type.validate(item("X-1").with("colour", 2L).build())).containsExactly(new InputError(
                parameterAt(0), "unknown parameter `colour` for check type `attestation`; its parameters are minEvidence"));
    }

    @Test
    void describesWhatIsNeeded() {
        assertThat(type.describe(item.check()))
                .isEqualTo("The response must say met, with at least 1 evidence reference, each of which resolves.");
        assertThat(type.describe(item("X-1").with("minEvidence", 0L).build().check()))
                .isEqualTo("The response must say met.");
    }
}
