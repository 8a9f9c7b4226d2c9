package dev.ccv.engine.checks;

import dev.ccv.engine.CheckContext;
import dev.ccv.engine.CheckOutcome;
import dev.ccv.model.Answer;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Evidence;
import dev.ccv.model.Item;
import dev.ccv.model.Response;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code attestation}: the partner answers {@code met} (per case study for case-study scope) with
 * at least {@code minEvidence} evidence references, every one of which resolves. External URLs
 * count as resolving and are reported as "external, not verified" when the answer is met.
 */
public final class AttestationCheckType extends ParameterizedCheckType<Long> {

    public static final String NAME = "attestation";
    static final String MIN_EVIDENCE = "minEvidence";

    public AttestationCheckType() {
        super(NAME, null);
    }

    @Override
    public String describe(CheckSpec spec) {
        long minEvidence = minEvidence(new Parameters(spec, List.of(MIN_EVIDENCE)));
        if (minEvidence == 0) {
            return "The response must say met.";
        }
        return "The response must say met, with at least "
                + Plural.of(minEvidence, "evidence reference", "evidence references") + ", each of which resolves.";
    }

    @Override
    public boolean readsResponse() {
        return true;
    }

    @Override
    public long minEvidence(CheckSpec spec) {
        return minEvidence(new Parameters(spec, List.of(MIN_EVIDENCE)));
    }

    @Override
    List<String> parameterNames() {
        return List.of(MIN_EVIDENCE);
    }

    @Override
    Long read(Item item, Parameters parameters) {
        return minEvidence(parameters);
    }

    static long minEvidence(Parameters parameters) {
        Long value = parameters.count(MIN_EVIDENCE, 1L, 0);
        return value == null ? 1 : value;
    }

    @Override
    CheckOutcome evaluate(CheckContext context, Long minEvidence) {
        return judge(context, minEvidence, answer -> List.of());
    }

    /**
     * The attestation rule, shared with check types that ask more of a met answer: {@code more}
     * names what else a met answer lacks (empty when nothing), before the evidence problems.
     */
    static CheckOutcome judge(CheckContext context, long minEvidence, Function<Answer, List<String>> more) {
        Optional<Response> response = context.assessment().response(context.item().id());
        Answer answer = null;
        if (response.isPresent()) {
            answer = context.caseStudy() == null
                    ? response.get().answer() : response.get().answerFor(context.caseStudy().id());
        }
        if (answer == null) {
            // a response without this case study's answer is the line to fix; with no response at
            // all, `responses:` is where the answer belongs
            SourcePosition where = response.isPresent() ? response.get().position()
                    : context.assessment().fieldPosition("responses", context.assessment().position());
            return CheckOutcome.unmet(where, context.caseStudy() == null ? "no response"
                    : noCaseStudyResponse(context.item().id(), context.caseStudy().id(), minEvidence));
        }
        return switch (answer.status()) {
            case NOT_MET -> CheckOutcome.unmet(answer.position(), "status is " + ResponseStatus.NOT_MET.yamlName());
            case NOT_APPLICABLE -> notApplicable(context.item(), answer);
            case MET -> met(answer, minEvidence, more.apply(answer));
        };
    }

    /** Names the exact key to add, in the one-line form, so that a partner adding case studies copies one line. */
    private static String noCaseStudyResponse(String itemId, String caseStudyId, long minEvidence) {
        return "no response for case study " + caseStudyId + "; add `responses." + itemId + ".caseStudies."
                + caseStudyId + "`, e.g. " + caseStudyId + ": { status: met, evidence: ["
                + (minEvidence == 0 ? "" : minEvidence == 1 ? "PATH" : "PATH, ...") + "] }";
    }

    private static CheckOutcome notApplicable(Item item, Answer answer) {
        if (!item.allowNotApplicable()) {
            return CheckOutcome.unmet(answer.position(), "not-applicable is not allowed for this item");
        }
        if (!answer.hasNotes()) {
            return CheckOutcome.unmet(answer.position(), "not-applicable needs notes saying why");
        }
        // the notes themselves stay out of messages: redaction drops all notes
        return CheckOutcome.notApplicable(answer.position(), "answered not-applicable, with notes saying why");
    }

    private static CheckOutcome met(Answer answer, long minEvidence, List<String> more) {
        List<String> problems = new ArrayList<>(more);
        if (answer.evidence().size() < minEvidence) {
            problems.add("needs at least " + Plural.of(minEvidence, "evidence reference", "evidence references")
                    + ", found " + answer.evidence().size());
        }
        // plain loops: this runs once per answer, 100,000 times for a large bundle
        List<Evidence.Local> missing = new ArrayList<>();
        List<String> externals = new ArrayList<>();
        for (Evidence evidence : answer.evidence()) {
            if (evidence instanceof Evidence.Local local && !local.exists()) {
                missing.add(local);
            } else if (evidence instanceof Evidence.External) {
                externals.add("external, not verified: " + evidence.reference());
            }
        }
        for (Evidence.Local local : missing) {
            problems.add("evidence not found: " + local.reference());
        }
        if (!problems.isEmpty()) {
            // one location per result: the first missing reference is the line to fix first
            SourcePosition location = missing.isEmpty() ? answer.position() : missing.get(0).position();
            return CheckOutcome.unmet(location, problems);
        }
        return CheckOutcome.met(answer.position(), externals.toArray(new String[0]));
    }
}
