package dev.ccv.engine;

import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.model.Answer;
import dev.ccv.model.AppliesTo;
import dev.ccv.model.AsOfSource;
import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.AuditResult;
import dev.ccv.model.CaseStudy;
import dev.ccv.model.CheckSpec;
import dev.ccv.model.Checklist;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.CorporateEventType;
import dev.ccv.model.Evidence;
import dev.ccv.model.Item;
import dev.ccv.model.Located;
import dev.ccv.model.Offering;
import dev.ccv.model.Partner;
import dev.ccv.model.Publication;
import dev.ccv.model.Remediation;
import dev.ccv.model.Response;
import dev.ccv.model.ResponseStatus;
import dev.ccv.model.Scope;
import dev.ccv.model.Section;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Severity;
import dev.ccv.model.Solution;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Submission;
import dev.ccv.model.Tier;
import dev.ccv.model.Validity;
import dev.ccv.model.result.Evaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds model records by hand for engine tests, with positions a test can assert. */
public final class Fixtures {

    /** Evaluates with the checks the registry compiles from the submission's checklist, as a run does. */
    static Evaluation evaluate(Submission submission) {
        return new Engine().evaluate(submission, CheckTypes.compile(submission.checklist()));
    }

    public static final String SELF_ASSESSMENT = "self-assessment.yaml";
    public static final String CHECKLIST = "checklists/test.yaml";
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);

    private Fixtures() {
    }

    public static SourcePosition at(int line) {
        return new SourcePosition(SELF_ASSESSMENT, line, 3);
    }

    public static SourcePosition checklistAt(int line) {
        return new SourcePosition(CHECKLIST, line, 5);
    }

    // ---- checklist items

    public static ItemBuilder item(String id) {
        return new ItemBuilder(id);
    }

    /** An item being built: required, partner-scoped, always applicable, an attestation unless told. */
    public static final class ItemBuilder {
        private final String id;
        private Severity severity = Severity.REQUIRED;
        private Scope scope = Scope.PARTNER;
        private AppliesTo appliesTo = AppliesTo.ALWAYS;
        private boolean allowNotApplicable;
        private String type = CheckSpec.DEFAULT_TYPE;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private int line = 10;

        private ItemBuilder(String id) {
            this.id = id;
        }

        public ItemBuilder recommended() {
            severity = Severity.RECOMMENDED;
            return this;
        }

        public ItemBuilder caseStudyScoped() {
            scope = Scope.CASE_STUDY;
            return this;
        }

        public ItemBuilder allowNotApplicable() {
            allowNotApplicable = true;
            return this;
        }

        public ItemBuilder appliesTo(AppliesTo condition) {
            appliesTo = condition;
            return this;
        }

        public ItemBuilder line(int itemLine) {
            line = itemLine;
            return this;
        }

        public ItemBuilder check(String checkType) {
            type = checkType;
            return this;
        }

        /** A parameter; the n-th one given stands at checklist line (item line + 2 + n), column 7. */
        public ItemBuilder with(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        public Item build() {
            Map<String, Located<Object>> located = new LinkedHashMap<>();
            int n = 0;
            for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
                located.put(parameter.getKey(), new Located<>(parameter.getValue(),
                        new SourcePosition(CHECKLIST, line + 2 + n++, 7)));
            }
            CheckSpec spec = new CheckSpec(type, located, new SourcePosition(CHECKLIST, line + 1, 5));
            return new Item(id, "Title of " + id, "Description of " + id, severity, scope, appliesTo,
                    allowNotApplicable, spec, new SourcePosition(CHECKLIST, line, 5));
        }
    }

    /** The parameter position the n-th (0-based) parameter of an item at the default line gets. */
    public static SourcePosition parameterAt(int n) {
        return new SourcePosition(CHECKLIST, 12 + n, 7);
    }

    /** The check block position of an item at the default line. */
    public static final SourcePosition CHECK_AT = new SourcePosition(CHECKLIST, 11, 5);
    public static final SourcePosition ITEM_AT = new SourcePosition(CHECKLIST, 10, 5);

    public static Section section(String id, Item... items) {
        return section(id, AppliesTo.ALWAYS, items);
    }

    public static Section section(String id, AppliesTo appliesTo, Item... items) {
        return new Section(id, "Section " + id, appliesTo, List.of(items), checklistAt(1));
    }

    public static Checklist checklist(Section... sections) {
        return new Checklist("test", "Test Competency Checklist", "2025.1", List.of("production", "operations"),
                List.of("saas", "customer-deployed"), List.of(sections), CHECKLIST, checklistAt(1));
    }

    /** The test checklist with a validity window. */
    public static Checklist checklist(Validity validity, Section... sections) {
        Checklist plain = checklist(sections);
        return new Checklist(plain.id(), plain.title(), plain.version(), plain.solutionCategories(),
                plain.deploymentTypes(), plain.sections(), plain.source(),
                new Publication("https://example.com/checklist", Offering.SERVICES, validity), plain.position());
    }

    // ---- self-assessment

    public static Evidence local(String path, int line) {
        return new Evidence.Local(path, true, at(line));
    }

    public static Evidence missing(String path, int line) {
        return new Evidence.Local(path, false, at(line));
    }

    public static Evidence external(String url, int line) {
        return new Evidence.External(url, at(line));
    }

    public static Answer answer(ResponseStatus status, int line, Evidence... evidence) {
        return new Answer(status, List.of(evidence), null, at(line));
    }

    /** A met answer listing these option ids, each at the answer's line. */
    public static Answer withOptions(int line, List<String> options, Evidence... evidence) {
        List<Located<String>> located = new ArrayList<>();
        for (String option : options) {
            located.add(new Located<>(option, at(line)));
        }
        return new Answer(ResponseStatus.MET, List.of(evidence), null, located, at(line));
    }

    public static Answer notApplicable(String notes, int line) {
        return new Answer(ResponseStatus.NOT_APPLICABLE, List.of(), notes, at(line));
    }

    public static Response response(String itemId, Answer answer) {
        return new Response(itemId, answer, null, answer.position());
    }

    public static Response perCaseStudy(String itemId, int line, Map<String, Answer> answers) {
        return new Response(itemId, null, answers, at(line));
    }

    public static CaseStudyBuilder caseStudy(String id) {
        return new CaseStudyBuilder(id);
    }

    /** A case study being built: public, customer named after it, delivered a month before {@link #AS_OF}. */
    public static final class CaseStudyBuilder {
        private final String id;
        private String customer;
        private boolean isPublic = true;
        private LocalDate delivered = AS_OF.minusMonths(1);
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private int line = 40;
        private String url;
        private List<Evidence> evidence = List.of();
        private Boolean operates;

        private CaseStudyBuilder(String id) {
            this.id = id;
            this.customer = "Customer " + id;
            this.url = "https://example.com/" + id;
        }

        public CaseStudyBuilder url(String value) {
            url = value;
            return this;
        }

        /** The case study's own evidence, also kept as its {@code evidence} field. */
        public CaseStudyBuilder evidence(Evidence... values) {
            evidence = List.of(values);
            fields.put("evidence", evidence.stream().map(Evidence::reference).toList());
            return this;
        }

        public CaseStudyBuilder customer(String name) {
            customer = name;
            return this;
        }

        public CaseStudyBuilder nonPublic() {
            isPublic = false;
            return this;
        }

        public CaseStudyBuilder delivered(LocalDate date) {
            delivered = date;
            return this;
        }

        public CaseStudyBuilder field(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        /** Whether this case study operates an AWS environment; unset, the solution's value holds. */
        public CaseStudyBuilder operatesAwsEnvironment(boolean value) {
            operates = value;
            return this;
        }

        public CaseStudyBuilder line(int caseStudyLine) {
            line = caseStudyLine;
            return this;
        }

        public CaseStudy build() {
            Map<String, Located<Object>> located = new LinkedHashMap<>();
            fields.forEach((name, value) -> located.put(name, new Located<>(value, at(line + 1))));
            return new CaseStudy(id, customer, isPublic, url, delivered, evidence,
                    located, operates, at(line));
        }
    }

    public static AssessmentBuilder assessment() {
        return new AssessmentBuilder();
    }

    /** A self-assessment being built: an advanced partner with a production SaaS solution on AWS. */
    public static final class AssessmentBuilder {
        private Tier tier = Tier.ADVANCED;
        private String category = "production";
        private String deploymentType = "saas";
        private boolean operates = true;
        private Boolean holdsCompetency;
        private String checklistVersion;
        private final List<CaseStudy> caseStudies = new ArrayList<>();
        private final Map<String, Response> responses = new LinkedHashMap<>();
        private final List<CorporateEvent> events = new ArrayList<>();
        private final Map<String, Located<Object>> fields = new LinkedHashMap<>();

        public AssessmentBuilder tier(Tier value) {
            tier = value;
            return this;
        }

        public AssessmentBuilder category(String value) {
            category = value;
            return this;
        }

        public AssessmentBuilder deploymentType(String value) {
            deploymentType = value;
            return this;
        }

        public AssessmentBuilder operatesAwsEnvironment(boolean value) {
            operates = value;
            return this;
        }

        /** Whether the partner already holds the competency; unset, the file does not say. */
        public AssessmentBuilder holdsCompetency(boolean value) {
            holdsCompetency = value;
            return this;
        }

        public AssessmentBuilder checklistVersion(String value) {
            checklistVersion = value;
            return this;
        }

        public AssessmentBuilder caseStudies(CaseStudy... values) {
            caseStudies.addAll(Arrays.asList(values));
            return this;
        }

        public AssessmentBuilder respond(Response... values) {
            for (Response value : values) {
                responses.put(value.itemId(), value);
            }
            return this;
        }

        public AssessmentBuilder event(CorporateEvent value) {
            events.add(value);
            return this;
        }

        public AssessmentBuilder field(String path, Object value, int line) {
            fields.put(path, new Located<>(value, at(line)));
            return this;
        }

        public SelfAssessment build() {
            Map<String, Located<Object>> allFields = new LinkedHashMap<>(fields);
            allFields.putIfAbsent("partner.tier", new Located<>(tier == null ? null : tier.yamlName(), at(5)));
            return new SelfAssessment("test", checklistVersion, null,
                    new Partner("Acme Cloud", tier, null, null, holdsCompetency, at(3)),
                    new Solution("Acme Pipelines", category, deploymentType, operates, at(8)),
                    caseStudies, responses, events, allFields, at(1));
        }
    }

    public static CorporateEvent event(CorporateEventType type, boolean counterpartyIsPartner, int line) {
        return new CorporateEvent(type, "Initech", counterpartyIsPartner, LocalDate.of(2025, 2, 1), null,
                false, false, false, at(line));
    }

    public static CorporateEvent divested(boolean affects, boolean disclosed, boolean significant, int line) {
        return new CorporateEvent(CorporateEventType.DIVESTED, "Initech", false, LocalDate.of(2025, 2, 1), null,
                affects, disclosed, significant, at(line));
    }

    // ---- audit and submission

    /** Where {@link #auditEntry} writes its {@code result} and {@code remediation}. */
    public static final SourcePosition RESULT_AT = new SourcePosition("audit.yaml", 9, 13);
    public static final SourcePosition REMEDIATION_AT = new SourcePosition("audit.yaml", 11, 18);

    public static AuditFinding auditEntry(String itemId, String caseStudyId, AuditResult result,
                                          Remediation remediation, Evidence... remediationEvidence) {
        return new AuditFinding(itemId, caseStudyId, result, "auditor's note on " + itemId, remediation,
                List.of(remediationEvidence), null, new SourcePosition("audit.yaml", 7, 5),
                Map.of("result", RESULT_AT, "remediation", REMEDIATION_AT));
    }

    public static Submission submission(Checklist checklist, SelfAssessment assessment, AuditFinding... audit) {
        Optional<Audit> record = audit.length == 0 ? Optional.empty()
                : Optional.of(new Audit("test", "Example Assurance LLP", List.of(), AS_OF, List.of(audit),
                        new SourcePosition("audit.yaml", 1, 1)));
        return new Submission(checklist, assessment, record, AS_OF, AsOfSource.OPTION, List.of(), Map.of());
    }

    public static CheckContext context(Item item, SelfAssessment assessment, CaseStudy caseStudy) {
        return new CheckContext(item, assessment, caseStudy, assessment.caseStudies(), AS_OF);
    }
}
