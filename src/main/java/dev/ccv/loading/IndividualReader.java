package dev.ccv.loading;

import dev.ccv.model.Certification;
import dev.ccv.model.CertificationLevel;
import dev.ccv.model.Contribution;
import dev.ccv.model.ContributionType;
import dev.ccv.model.Employer;
import dev.ccv.model.IndividualApplicant;
import dev.ccv.model.Located;
import dev.ccv.model.Nomination;
import dev.ccv.model.NominationRole;
import dev.ccv.model.Person;
import dev.ccv.model.Tier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what an individual's self-assessment says about them: {@code applicant},
 * {@code certifications}, {@code contributions} and {@code nominations}, recording each value's
 * dotted path for field checks.
 */
final class IndividualReader {

    static final List<String> KEYS = List.of("applicant", "certifications", "contributions", "nominations");
    private static final List<String> APPLICANT_KEYS = List.of("name", "email", "employer", "student");
    private static final List<String> EMPLOYER_KEYS = List.of("name", "apnPartner", "tier");
    private static final List<String> CERTIFICATION_KEYS =
            List.of("id", "name", "level", "earned", "expires", "validationNumber");
    private static final List<String> CONTRIBUTION_KEYS = List.of("id", "type", "title", "url", "date", "evidence");
    private static final List<String> NOMINATION_KEYS = List.of("by", "role", "date");
    private static final Map<String, Tier> TIERS = NodeReader.choicesOf(Tier.values());
    private static final Map<String, CertificationLevel> LEVELS = NodeReader.choicesOf(CertificationLevel.values());
    private static final Map<String, ContributionType> TYPES = NodeReader.choicesOf(ContributionType.values());
    private static final Map<String, NominationRole> ROLES = NodeReader.choicesOf(NominationRole.values());

    private final NodeReader reader;
    private final EvidenceResolver evidence;
    private final Map<String, Located<Object>> fields;

    IndividualReader(NodeReader reader, EvidenceResolver evidence, Map<String, Located<Object>> fields) {
        this.reader = reader;
        this.evidence = evidence;
        this.fields = fields;
    }

    IndividualApplicant read(YamlMap top) {
        Person person = person(top.requiredMap("applicant", "`applicant`", APPLICANT_KEYS), top);
        List<Certification> certifications = new ArrayList<>();
        Names certificationIds = new Names("certification id", reader.problems());
        for (YamlMap map : entries(top, "certifications", "a certification", CERTIFICATION_KEYS)) {
            certifications.add(certification(map, certificationIds));
        }
        List<Contribution> contributions = new ArrayList<>();
        Names contributionIds = new Names("contribution id", reader.problems());
        for (YamlMap map : entries(top, "contributions", "a contribution", CONTRIBUTION_KEYS)) {
            contributions.add(contribution(map, contributionIds));
        }
        List<Nomination> nominations = new ArrayList<>();
        for (YamlMap map : entries(top, "nominations", "a nomination", NOMINATION_KEYS)) {
            nominations.add(new Nomination(map.requiredText("by"), map.requiredChoice("role", "nomination role", ROLES),
                    map.date("date"), map.position()));
        }
        putList(top, "certifications", certifications.stream().map(Certification::id).toList());
        putList(top, "contributions", contributions.stream().map(Contribution::id).toList());
        putList(top, "nominations", nominations.stream().map(Nomination::by).toList());
        return new IndividualApplicant(person, certifications, contributions, nominations);
    }

    private Person person(YamlMap map, YamlMap top) {
        if (map == null) {
            return new Person(null, null, null, false, top.keyPosition("applicant"));
        }
        String name = map.requiredText("name");
        String email = map.text("email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            reader.problems().add(map.valuePosition("email"), "`email` is not an email address; write it as"
                    + " name@example.com, or leave `email` out");
        }
        Boolean student = map.bool("student");
        put("applicant.name", map, "name", name);
        put("applicant.email", map, "email", email);
        put("applicant.student", map, "student", student);
        return new Person(name, email, employer(map.map("employer", "`employer`", EMPLOYER_KEYS)),
                Boolean.TRUE.equals(student), map.position());
    }

    private Employer employer(YamlMap map) {
        if (map == null) {
            return null;
        }
        String name = map.requiredText("name");
        Boolean apnPartner = map.bool("apnPartner");
        Tier tier = map.choice("tier", "tier", TIERS);
        put("applicant.employer.name", map, "name", name);
        put("applicant.employer.apnPartner", map, "apnPartner", apnPartner);
        put("applicant.employer.tier", map, "tier", tier == null ? null : tier.yamlName());
        return new Employer(name, Boolean.TRUE.equals(apnPartner), tier, map.position());
    }

    private Certification certification(YamlMap map, Names ids) {
        String id = id(map, ids, "sap");
        LocalDate earned = required(map, "earned") ? map.date("earned") : null;
        LocalDate expires = map.date("expires");
        if (earned != null && expires != null && expires.isBefore(earned)) {
            reader.problems().add(map.valuePosition("expires"), "`expires` (" + expires + ") is before `earned` ("
                    + earned + "); write the date the certification expires");
        }
        return new Certification(id, map.requiredText("name"), map.requiredChoice("level", "certification level", LEVELS),
                earned, expires, map.text("validationNumber"), map.position());
    }

    private Contribution contribution(YamlMap map, Names ids) {
        String id = id(map, ids, "blog-1");
        ContributionType type = map.requiredChoice("type", "contribution type", TYPES);
        String title = map.requiredText("title");
        String url = map.text("url");
        LocalDate date = required(map, "date") ? map.date("date") : null;
        return new Contribution(id, type, title, url, date,
                evidence.resolveAll(map.texts("evidence"), reader.problems()), map.position());
    }

    private static boolean required(YamlMap map, String key) {
        return map.require(key);
    }

    private static String id(YamlMap map, Names ids, String example) {
        String id = map.requiredText("id");
        if (id != null) {
            ids.addLowercase(new Located<>(id, map.valuePosition("id")), example);
        }
        return id;
    }

    private List<YamlMap> entries(YamlMap top, String key, String context, List<String> keys) {
        List<YamlMap> maps = new ArrayList<>();
        for (Node node : top.list(key)) {
            MappingNode mapping = reader.mapping(node, Slot.entryOf(key));
            if (mapping != null) {
                maps.add(YamlMap.open(mapping, context, keys, reader));
            }
        }
        return maps;
    }

    private void putList(YamlMap top, String key, List<String> values) {
        if (top.has(key)) {
            fields.put(key, new Located<>(values, top.keyPosition(key)));
        }
    }

    private void put(String path, YamlMap map, String key, Object value) {
        if (value != null) {
            fields.put(path, new Located<>(value, map.valuePosition(key)));
        }
    }
}
