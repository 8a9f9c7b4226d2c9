package dev.ccv.loading;

import dev.ccv.model.Checklist;
import dev.ccv.model.Located;
import dev.ccv.model.Publication;
import dev.ccv.model.Section;
import dev.ccv.model.Subject;
import dev.ccv.yaml.YamlReader;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a checklist file ({@code kind: checklist}) into a {@link Checklist}, reporting every input error in it. */
public final class ChecklistLoader {

    private static final Map<String, Subject> SUBJECTS = NodeReader.choicesOf(Subject.values());
    private static final List<String> KEYS = keys();

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(
                "kind", "id", "title", "version", "subject", "solutionCategories", "deploymentTypes", "sections"));
        keys.addAll(PublicationReader.KEYS);
        return List.copyOf(keys);
    }

    /** Reads the file; {@code source} says where it came from ("built-in", or the path the user gave). */
    public Checklist load(Path file, String displayName, String source) {
        return read(new YamlReader().read(file, displayName), displayName, source);
    }

    /** Reads checklist YAML text; {@code displayName} names it in positions. */
    public Checklist parse(String yaml, String displayName, String source) {
        return read(new YamlReader().read(yaml, displayName), displayName, source);
    }

    private Checklist read(Node root, String file, String source) {
        Problems problems = new Problems();
        NodeReader reader = new NodeReader(file, problems);
        YamlMap top = Document.open(root, "checklist", "the checklist", KEYS, reader);
        String id = top.requiredText("id");
        if (id != null) {
            new Names("checklist id", problems).addLowercase(new Located<>(id, top.valuePosition("id")),
                    "aws-devops-competency");
        }
        String title = top.requiredText("title");
        String version = top.requiredText("version");
        Publication publication = PublicationReader.read(top);
        Subject subject = top.choice("subject", "checklist subject", SUBJECTS, Subject.PARTNER);
        List<String> categories = declared(top, "solutionCategories", "solution category");
        List<String> deploymentTypes = declared(top, "deploymentTypes", "deployment type");
        List<Section> sections = new ArrayList<>();
        if (top.require("sections")) {
            sections = new SectionReader(reader, categories, deploymentTypes).readAll(top.list("sections"));
        }
        if (subject == Subject.INDIVIDUAL) {
            IndividualChecklistRules.check(top, sections, problems);
        }
        problems.throwIfAny();
        return new Checklist(id, title, version, subject, categories, deploymentTypes, sections, source, publication,
                top.position());
    }

    /** The solution categories or deployment types the checklist declares, each a unique lowercase id. */
    private static List<String> declared(YamlMap top, String key, String what) {
        Names names = new Names(what, top.reader().problems());
        List<String> declared = new ArrayList<>();
        for (Located<String> name : top.texts(key)) {
            if (names.addLowercase(name, "production")) {
                declared.add(name.value());
            }
        }
        return declared;
    }
}
