package dev.ccv.loading;

import dev.ccv.model.CaseStudy;
import dev.ccv.model.CorporateEvent;
import dev.ccv.model.Applicant;
import dev.ccv.model.Located;
import dev.ccv.model.Partner;
import dev.ccv.model.PartnerApplicant;
import dev.ccv.model.Response;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.Solution;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Subject;
import dev.ccv.model.Tier;
import dev.ccv.yaml.YamlReader;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a self-assessment ({@code kind: self-assessment}), a partner's or an individual's, resolving
 * evidence against the bundle, and reports every input error in it. Which of the two it is follows
 * the subject of the checklist it names, when that is known, else the keys it has. Checks against
 * the checklist come later, in {@link SubmissionValidator}.
 */
public final class SelfAssessmentLoader {

    private static final List<String> PARTNER_ONLY = List.of("partner", "solution", "caseStudies", "corporateEvents");
    private static final List<String> KEYS = keys();
    private static final List<String> PARTNER_KEYS = List.of("name", "tier", "apnId", "landingPage", "holdsCompetency");
    private static final List<String> SOLUTION_KEYS =
            List.of("name", "category", "deploymentType", "operatesAwsEnvironment");
    private static final Map<String, Tier> TIERS = NodeReader.choicesOf(Tier.values());

    private final ChecklistSubjects subjectOfChecklist;

    /** A loader that tells a partner's self-assessment from an individual's by its keys. */
    public SelfAssessmentLoader() {
        this(id -> Optional.empty());
    }

    /** A loader that asks which subject the checklist a self-assessment names has (empty: not known). */
    public SelfAssessmentLoader(ChecklistSubjects subjectOfChecklist) {
        this.subjectOfChecklist = subjectOfChecklist;
    }

    private static List<String> keys() {
        // a partner's keys in the order they always had, then an individual's
        List<String> keys = new ArrayList<>(List.of("kind", "checklist", "checklistVersion", "applicationDate",
                "partner", "solution",
                "caseStudies", "responses", "corporateEvents"));
        keys.addAll(IndividualReader.KEYS);
        return List.copyOf(keys);
    }

    public SelfAssessment load(Path file, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(file, displayName), displayName, evidence);
    }

    /** Loads the file's content, read by the caller (a bundle's file through its {@code BundleRoot}). */
    public SelfAssessment load(byte[] content, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(content, displayName), displayName, evidence);
    }

    public SelfAssessment parse(String yaml, String displayName, EvidenceResolver evidence) {
        return read(new YamlReader().read(yaml, displayName), displayName, evidence);
    }

    private SelfAssessment read(Node root, String file, EvidenceResolver evidence) {
        Problems problems = new Problems();
        NodeReader reader = new NodeReader(file, problems);
        YamlMap top = Document.open(root, "self-assessment", "the self-assessment", KEYS, reader);
        Map<String, Located<Object>> fields = new LinkedHashMap<>();
        put(fields, "kind", top, "kind", "self-assessment");
        String checklistId = top.requiredText("checklist");
        put(fields, "checklist", top, "checklist", checklistId);
        String checklistVersion = top.text("checklistVersion");
        put(fields, "checklistVersion", top, "checklistVersion", checklistVersion);
        LocalDate applicationDate = top.date("applicationDate");
        // no lambdas on this path: each one linked costs start-up time on every run
        Optional<Subject> named = checklistId == null ? Optional.empty() : subjectOfChecklist.subjectOf(checklistId);
        Subject subject = named.isPresent() ? named.get() : guessSubject(top);
        refuseKeysOfTheOtherSubject(top, subject, named.isPresent() ? checklistId : null, problems);
        Applicant applicant = subject == Subject.INDIVIDUAL
                ? new IndividualReader(reader, evidence, fields).read(top)
                : partnerApplicant(top, reader, evidence, fields);
        Map<String, Response> responses = new ResponseReader(reader, evidence).readAll(top);
        problems.throwIfAny();
        // the top-level collections, so that field checks can count them and findings can point at them
        putList(fields, top, "responses", List.copyOf(responses.keySet()));

        return new SelfAssessment(checklistId, checklistVersion, applicationDate, applicant, responses, fields, top.position());
    }

    /** Individual when the file has {@code applicant}, or individual keys and no partner ones; else partner. */
    private static Subject guessSubject(YamlMap top) {
        if (top.has("applicant")) {
            return Subject.INDIVIDUAL;
        }
        return hasAny(top, IndividualReader.KEYS) && !hasAny(top, PARTNER_ONLY) ? Subject.INDIVIDUAL : Subject.PARTNER;
    }

    private static boolean hasAny(YamlMap map, List<String> keys) {
        for (String key : keys) {
            if (map.has(key)) {
                return true;
            }
        }
        return false;
    }

    /** Each key that only the other kind of self-assessment has is an error, saying which kind expects it. */
    private static void refuseKeysOfTheOtherSubject(YamlMap top, Subject subject, String checklistId,
                                                    Problems problems) {
        Subject other = subject == Subject.PARTNER ? Subject.INDIVIDUAL : Subject.PARTNER;
        List<String> foreign = subject == Subject.PARTNER ? IndividualReader.KEYS : PARTNER_ONLY;
        String why = checklistId != null
                ? "checklist `" + checklistId + "` is " + subject.checklistPhrase()
                : "this file is written for " + subject.checklistPhrase() + " (it has `"
                        + (subject == Subject.PARTNER ? "partner" : "applicant") + "`)";
        String instead = subject == Subject.PARTNER ? "describe the partner under `partner` and `solution`"
                : "describe the person under `applicant`";
        for (String key : foreign) {
            if (top.has(key)) {
                problems.add(top.keyPosition(key), "`" + key + "` belongs to the self-assessment for "
                        + other.checklistPhrase() + ", but " + why + ": remove it and " + instead);
            }
        }
    }

    private static PartnerApplicant partnerApplicant(YamlMap top, NodeReader reader, EvidenceResolver evidence,
                                                     Map<String, Located<Object>> fields) {
        Partner partner = partner(top.requiredMap("partner", "`partner`", PARTNER_KEYS), top.keyPosition("partner"),
                fields);
        Solution solution = solution(top.requiredMap("solution", "`solution`", SOLUTION_KEYS),
                top.keyPosition("solution"), fields);
        List<CaseStudy> caseStudies = new CaseStudyReader(reader, evidence).readAll(top.list("caseStudies"));
        List<CorporateEvent> events = new CorporateEventReader(reader).readAll(top.list("corporateEvents"));
        List<String> caseStudyIds = new ArrayList<>();
        for (CaseStudy caseStudy : caseStudies) {
            caseStudyIds.add(caseStudy.id());
        }
        List<String> eventTypes = new ArrayList<>();
        for (CorporateEvent event : events) {
            eventTypes.add(event.type() == null ? null : event.type().yamlName());
        }
        putList(fields, top, "caseStudies", caseStudyIds);
        putList(fields, top, "corporateEvents", eventTypes);
        return new PartnerApplicant(partner, solution, caseStudies, events);
    }

    private static Partner partner(YamlMap map, SourcePosition position, Map<String, Located<Object>> fields) {
        if (map == null) {
            return null;
        }
        String name = map.requiredText("name");
        Tier tier = map.requiredChoice("tier", "tier", TIERS);
        String apnId = map.text("apnId");
        String landingPage = map.text("landingPage");
        Boolean holdsCompetency = map.bool("holdsCompetency");
        put(fields, "partner.name", map, "name", name);
        put(fields, "partner.tier", map, "tier", tier == null ? null : tier.yamlName());
        put(fields, "partner.apnId", map, "apnId", apnId);
        put(fields, "partner.landingPage", map, "landingPage", landingPage);
        put(fields, "partner.holdsCompetency", map, "holdsCompetency", holdsCompetency);
        return new Partner(name, tier, apnId, landingPage, holdsCompetency, position);
    }

    private static Solution solution(YamlMap map, SourcePosition position, Map<String, Located<Object>> fields) {
        if (map == null) {
            return null;
        }
        String name = map.requiredText("name");
        String category = map.text("category");
        String deploymentType = map.text("deploymentType");
        Boolean operates = map.bool("operatesAwsEnvironment");
        put(fields, "solution.name", map, "name", name);
        put(fields, "solution.category", map, "category", category);
        put(fields, "solution.deploymentType", map, "deploymentType", deploymentType);
        put(fields, "solution.operatesAwsEnvironment", map, "operatesAwsEnvironment", operates);
        return new Solution(name, category, deploymentType, operates == null || operates, position);
    }

    private static void putList(Map<String, Located<Object>> fields, YamlMap top, String key, List<String> values) {
        if (top.has(key)) {
            fields.put(key, new Located<>(values, top.keyPosition(key)));
        }
    }

    private static void put(Map<String, Located<Object>> fields, String path, YamlMap map, String key, Object value) {
        if (value != null) {
            fields.put(path, new Located<>(value, map.valuePosition(key)));
        }
    }
}
