package dev.ccv.authoring;

import dev.ccv.authoring.spreadsheet.ImportedAnswer;
import dev.ccv.authoring.spreadsheet.ImportedAssessment;
import dev.ccv.authoring.spreadsheet.ImportedCaseStudy;
import dev.ccv.engine.checks.CheckTypes;
import dev.ccv.model.AppliesTo;
import dev.ccv.model.Checklist;
import dev.ccv.model.Item;
import dev.ccv.model.Placeholder;
import dev.ccv.model.Section;
import dev.ccv.model.Severity;
import dev.ccv.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-assessment that {@code ccv init} writes for a checklist: every field and every item,
 * with comments saying what to write. It loads without input errors and fails the verdict
 * until the partner fills it in. {@code ccv import} writes the same file with a workbook's answers
 * and case studies filled in.
 */
public final class SelfAssessmentTemplate {

    static final String PLACEHOLDER_CASE_STUDY = Placeholder.CASE_STUDY_ID.text();
    /** Where editors find the schema: {@code ccv schema self-assessment > self-assessment.schema.json}. */
    static final String SCHEMA_FILE = "self-assessment.schema.json";

    private final Checklist checklist;
    /** What a workbook said, or null for the plain template. */
    private final ImportedAssessment imported;
    private final YamlText yaml = new YamlText();

    private SelfAssessmentTemplate(Checklist checklist, ImportedAssessment imported) {
        this.checklist = checklist;
        this.imported = imported;
    }

    public static String render(Checklist checklist) {
        return new SelfAssessmentTemplate(checklist, null).build();
    }

    /** The template with a workbook's case studies and answers in place of the placeholders. */
    public static String render(Checklist checklist, ImportedAssessment imported) {
        return new SelfAssessmentTemplate(checklist, imported).build();
    }

    private String build() {
        header();
        if (checklist.subject() == Subject.INDIVIDUAL) {
            IndividualTemplate.write(yaml);
            responses();
            return yaml.toString();
        }
        partner();
        solution();
        caseStudies();
        responses();
        corporateEvents();
        return yaml.toString();
    }

    private void header() {
        yaml.comment("yaml-language-server: $schema=" + SCHEMA_FILE);
        yaml.comment("Self-assessment for " + checklist.title());
        yaml.comment("Checklist " + checklist.id() + ", version " + checklist.version() + (imported == null
                ? ". Written by `ccv init`." : ". Answers imported from " + imported.source() + " by `ccv import`."));
        if (checklist.subject() == Subject.INDIVIDUAL) {
            // an individual's template has no example case study to rename
            yaml.comment("Fill in every value starting with " + Placeholder.MARK + " (a value left as the template wrote it");
            yaml.comment("never passes), then run: ccv validate <this folder>");
        } else {
            yaml.comment("Fill in every value starting with " + Placeholder.MARK + " and rename " + PLACEHOLDER_CASE_STUDY
                    + " (a value left as the template");
            yaml.comment("wrote it never passes), then run: ccv validate <this folder>");
        }
        yaml.comment("Evidence: paths relative to this file's folder, or https:// URLs (recorded, never fetched).");
        yaml.comment("Completion in your editor: ccv schema self-assessment > " + SCHEMA_FILE);
        yaml.blank();
        yaml.line(0, "kind: self-assessment");
        yaml.line(0, "checklist: " + checklist.id());
        yaml.line(0, "checklistVersion: " + YamlText.quote(checklist.version()));
        yaml.comment("applicationDate: YYYY-MM-DD   # when you apply: a run without --as-of is measured from it");
    }

    private void partner() {
        yaml.blank();
        yaml.line(0, "partner:");
        yaml.field(1, "name", YamlText.quote(Placeholder.PARTNER_NAME.text()), "required");
        yaml.field(1, "tier", "registered", "required: registered | select | advanced | premier");
        yaml.field(1, "apnId", YamlText.quote(""), "optional: your APN id, quoted");
        yaml.field(1, "landingPage", YamlText.quote(""), "your AWS-specific landing page, an https:// URL");
        yaml.comment(1, "holdsCompetency: false   # true if you hold this competency already (a renewal)");
    }

    private void solution() {
        yaml.blank();
        yaml.line(0, "solution:");
        yaml.field(1, "name", YamlText.quote(Placeholder.SOLUTION_NAME.text()), "required");
        if (!checklist.solutionCategories().isEmpty()) {
            yaml.field(1, "category", checklist.solutionCategories().get(0),
                    "required: " + String.join(" | ", checklist.solutionCategories()));
        }
        if (!checklist.deploymentTypes().isEmpty()) {
            yaml.field(1, "deploymentType", checklist.deploymentTypes().get(0),
                    "required: " + String.join(" | ", checklist.deploymentTypes()));
        }
        yaml.field(1, "operatesAwsEnvironment", "true",
                "false if you neither configure nor operate an AWS environment (solution or case studies)");
    }

    private void caseStudies() {
        yaml.blank();
        yaml.comment("One entry per AWS case study: a completed customer project. Copy the entry for each one,");
        yaml.comment("then add a line for it under `caseStudies:` of each case-study item in `responses`.");
        yaml.line(0, "caseStudies:");
        if (imported == null || imported.caseStudies().isEmpty()) {
            caseStudy(PLACEHOLDER_CASE_STUDY, YamlText.quote(Placeholder.CUSTOMER.text()), "false");
            return;
        }
        for (ImportedCaseStudy caseStudy : imported.caseStudies()) {
            caseStudy(caseStudy.id(), YamlText.quote(caseStudy.customer()),
                    caseStudy.isPublic() == null ? "false" : caseStudy.isPublic().toString());
        }
    }

    private void caseStudy(String id, String customer, String isPublic) {
        yaml.line(1, "- id: " + id + "   # lowercase letters, digits and '-'; responses refer to it");
        yaml.field(2, "customer", customer, "required");
        yaml.field(2, "public", isPublic, "required: true if AWS may show it publicly");
        yaml.field(2, "url", YamlText.quote(""), "the public case study's https:// URL");
        for (String text : List.of("introduction", "challenge", "solution", "outcomes")) {
            yaml.field(2, text, YamlText.quote(""), "the " + text + ", in a few sentences");
        }
        yaml.field(2, "awsServices", "[]", "e.g. [Amazon ECS, AWS CodePipeline]");
        yaml.field(2, "thirdPartyTools", "[]", "e.g. [Terraform]");
        yaml.comment(2, "dateDelivered: YYYY-MM-DD   # when the project was completed");
        yaml.field(2, "evidence", "[]", "documents about this case study, e.g. [evidence/architecture.pdf]");
    }

    private void responses() {
        yaml.blank();
        yaml.comment("One response per item. Items that ccv checks from the fields above need none; their comment says so.");
        yaml.line(0, "responses:");
        for (Section section : checklist.sections()) {
            yaml.blank();
            yaml.comment(1, "== " + section.title() + " ==");
            for (Item item : section.items()) {
                response(section, item);
            }
        }
    }

    private void response(Section section, Item item) {
        yaml.comment(1, item.id() + ": " + item.title() + (item.severity() == Severity.RECOMMENDED
                ? " (recommended, never blocks)" : ""));
        AppliesTo appliesTo = section.appliesToOf(item);
        if (!appliesTo.isAlways()) {
            yaml.wrappedComment(1, "Applies only " + ChecklistExplanation.conditions(appliesTo) + ".");
        }
        if (item.description() != null && !item.description().isBlank()) {
            yaml.wrappedComment(1, item.description());
        }
        if (!isAnswered(item)) {
            yaml.wrappedComment(1, "No response needed; ccv checks: "
                    + CheckTypes.of(item).describe(item.check()));
            return;
        }
        List<String> options = item.check().optionIds();
        if (!options.isEmpty()) {
            yaml.wrappedComment(1, "ccv checks: " + CheckTypes.of(item).describe(item.check()));
        }
        String statuses = item.allowNotApplicable()
                ? "met | not-met | not-applicable (with notes saying why)" : "met | not-met";
        String evidence = evidenceNeeded(CheckTypes.of(item).minEvidence(item.check()));
        yaml.line(1, item.id() + ":");
        if (item.isCaseStudyScoped()) {
            yaml.comment(2, "One line per case study; evidence: " + evidence + ", e.g.");
            yaml.comment(2, "  cs-id: { status: met, evidence: [evidence/cs-id/" + item.id().toLowerCase(java.util.Locale.ROOT)
                    + ".pdf] }");
            yaml.line(2, "caseStudies:");
            for (String caseStudy : caseStudyIds()) {
                yaml.field(3, caseStudy, oneLine(imported == null ? null : imported.answer(item.id(), caseStudy),
                        !options.isEmpty()), statuses);
            }
        } else {
            answer(2, statuses, evidence, imported == null ? null : imported.answer(item.id(), null), options);
        }
    }

    /**
     * Whether the self-assessment answers the item ({@code attestation}, {@code at-least}); ccv checks
     * the other types from the file's fields.
     */
    private static boolean isAnswered(Item item) {
        return CheckTypes.of(item).readsResponse();
    }

    private List<String> caseStudyIds() {
        List<String> ids = new ArrayList<>();
        if (imported != null) {
            imported.caseStudies().forEach(caseStudy -> ids.add(caseStudy.id()));
        }
        return ids.isEmpty() ? List.of(PLACEHOLDER_CASE_STUDY) : ids;
    }

    private void answer(int indent, String statuses, String evidence, ImportedAnswer answer, List<String> options) {
        String comment = evidence + ": paths in the bundle or https:// URLs";
        if (answer == null) {
            yaml.field(indent, "status", "not-met", statuses);
            optionsField(indent, List.of(), options);
            yaml.field(indent, "evidence", "[]", comment);
            yaml.field(indent, "notes", YamlText.quote(""), "optional");
            return;
        }
        yaml.field(indent, "status", answer.status().yamlName(), statuses);
        optionsField(indent, answer.options(), options);
        yaml.field(indent, "evidence", evidenceList(answer), comment);
        if (answer.notes().isEmpty()) {
            yaml.field(indent, "notes", YamlText.quote(""), "optional");
        } else {
            yaml.line(indent, "notes: " + YamlText.quote(answer.notes()));
        }
    }

    /** The option ids an at-least answer lists; nothing for an item without options. */
    private void optionsField(int indent, List<String> listed, List<String> options) {
        if (!options.isEmpty()) {
            yaml.field(indent, "options", "[" + String.join(", ", listed) + "]", String.join(" | ", options));
        }
    }

    /** A case study's answer on one line, the form a partner copies for each further case study. */
    private static String oneLine(ImportedAnswer answer, boolean hasOptions) {
        if (answer == null) {
            return "{ status: not-met, " + (hasOptions ? "options: [], " : "") + "evidence: [] }";
        }
        String notes = answer.notes() == null || answer.notes().isEmpty() ? ""
                : ", notes: " + YamlText.quote(answer.notes());
        String options = hasOptions ? ", options: [" + String.join(", ", answer.options()) + "]" : "";
        return "{ status: " + answer.status().yamlName() + options + ", evidence: " + evidenceList(answer) + notes
                + " }";
    }

    private static String evidenceList(ImportedAnswer answer) {
        return "[" + String.join(", ", answer.evidence().stream().map(YamlText::quote).toList()) + "]";
    }

    /** The item's minimum evidence count, as the comment beside its evidence says it. */
    private static String evidenceNeeded(long minEvidence) {
        if (minEvidence == 0) {
            return "optional";
        }
        return "at least " + minEvidence + (minEvidence == 1 ? " reference" : " references");
    }

    private void corporateEvents() {
        yaml.blank();
        yaml.comment("Mergers, acquisitions and divestitures since your last validation; [] when there were none.");
        yaml.comment("Each: {type: acquired | acquired-by | divested, counterparty, counterpartyIsCompetencyPartner,");
        yaml.comment("       date, impactDescription, affectsCompetencyPractice, disclosed, significant}");
        yaml.line(0, "corporateEvents: []");
    }
}
