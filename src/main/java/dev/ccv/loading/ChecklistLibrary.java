package dev.ccv.loading;

import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Located;
import dev.ccv.model.SelfAssessment;
import dev.ccv.model.SourcePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The checklists a run can use: the built-in ones shipped in the jar under {@code checklists/},
 * plus any given with {@code --checklist FILE}, which add to them or override one by id.
 */
public final class ChecklistLibrary {

    static final String BUILT_IN_DIRECTORY = "checklists";
    static final String BUILT_IN_SOURCE = "built-in";

    private static final ChecklistLibrary BUILT_IN = fromClasspath(ChecklistLibrary.class.getClassLoader(),
            BUILT_IN_DIRECTORY);

    private final Supplier<List<Checklist>> builtIns;
    private final Map<String, Checklist> extras;

    private ChecklistLibrary(Supplier<List<Checklist>> builtIns, Map<String, Checklist> extras) {
        this.builtIns = builtIns;
        this.extras = extras;
    }

    /** The built-in checklists; they are read and parsed on first use. */
    public static ChecklistLibrary builtIn() {
        return BUILT_IN;
    }

    /** The checklists under {@code directory} on the class path, whether a directory or inside a jar. */
    static ChecklistLibrary fromClasspath(ClassLoader loader, String directory) {
        return new ChecklistLibrary(new Memo<>(() -> parse(ClasspathResources.yamlFiles(loader, directory))),
                Map.of());
    }

    /** This library with {@code extra} added, replacing a checklist of the same id. */
    public ChecklistLibrary with(Checklist extra) {
        Map<String, Checklist> more = new LinkedHashMap<>(extras);
        more.put(extra.id(), extra);
        return new ChecklistLibrary(builtIns, more);
    }

    /** Every checklist, sorted by id. */
    public List<Checklist> all() {
        Map<String, Checklist> byId = new LinkedHashMap<>();
        builtIns.get().forEach(checklist -> byId.put(checklist.id(), checklist));
        byId.putAll(extras);
        List<Checklist> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Checklist::id));
        return List.copyOf(all);
    }

    /** The checklist with this id; a miss is an input error at the id's position, with the nearest id. */
    public Checklist find(Located<String> id) {
        List<Checklist> all = all();
        return all.stream().filter(checklist -> checklist.id().equals(id.value())).findFirst()
                .orElseThrow(() -> unknown(id, all.stream().map(Checklist::id).toList()));
    }

    /** The checklist a self-assessment names under {@code checklist:}. */
    public Checklist findFor(SelfAssessment assessment) {
        SourcePosition position = assessment.field("checklist").map(Located::position).orElse(assessment.position());
        return find(new Located<>(assessment.checklistId(), position));
    }

    private static InvalidInputException unknown(Located<String> id, List<String> known) {
        String message = "unknown checklist `" + Problems.oneLine(id.value()) + "`; "
                + (known.isEmpty() ? "there are no built-in checklists" : "known checklists: " + String.join(", ", known))
                + " (or give its file with --checklist FILE)";
        return new InvalidInputException(new InputError(id.position(), message, Suggestions.orNull(id.value(), known)));
    }

    private static List<Checklist> parse(List<ClasspathResources.Resource> files) {
        ChecklistLoader loader = new ChecklistLoader();
        Problems problems = new Problems();
        Map<String, Checklist> byId = new LinkedHashMap<>();
        for (ClasspathResources.Resource file : files) {
            String displayName = BUILT_IN_DIRECTORY + "/" + file.name();
            try {
                Checklist checklist = loader.parse(file.text(), displayName, BUILT_IN_SOURCE);
                Checklist earlier = byId.putIfAbsent(checklist.id(), checklist);
                if (earlier != null) {
                    problems.add(checklist.position(), "checklist id `" + checklist.id() + "` is already used by "
                            + earlier.position().file());
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
        problems.throwIfAny();
        return List.copyOf(byId.values());
    }

    /** Computes a value once, on first use, for every thread. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private T value;

        Memo(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
