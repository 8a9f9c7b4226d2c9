package dev.ccv.loading;

import dev.ccv.model.Checklist;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Located;
import dev.ccv.model.Suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The checklists a run can use: the built-in ones, {@code checklists/} of the source tree compiled
 * into the jar ({@link BuiltInChecklists}, generated at build time), plus any given with
 * {@code --checklist FILE}, which add to them or override one by id.
 */
public final class ChecklistLibrary {

    static final String BUILT_IN_DIRECTORY = "checklists";
    static final String BUILT_IN_SOURCE = "built-in";

    private static final ChecklistLibrary BUILT_IN = of(BuiltInChecklists.NAMES, BuiltInChecklists::text);

    private final Supplier<List<Checklist>> builtIns;
    private final Function<String, Optional<Checklist>> builtInById;
    private final Map<String, Checklist> extras;

    private ChecklistLibrary(Supplier<List<Checklist>> builtIns, Function<String, Optional<Checklist>> builtInById,
                             Map<String, Checklist> extras) {
        this.builtIns = builtIns;
        this.builtInById = builtInById;
        this.extras = extras;
    }

    /** The built-in checklists; they are read and parsed on first use. */
    public static ChecklistLibrary builtIn() {
        return BUILT_IN;
    }

    /**
     * The checklists of these files, parsed when first asked for: their names, in the order to read
     * them, and how to get the text of each (only the ones a run needs are asked for).
     */
    static ChecklistLibrary of(List<String> names, Function<String, String> text) {
        List<String> files = List.copyOf(names);
        return new ChecklistLibrary(new Memo<>(() -> parse(files, text)), id -> byFileName(files, text, id), Map.of());
    }

    /** This library with {@code extra} added, replacing a checklist of the same id. */
    public ChecklistLibrary with(Checklist extra) {
        Map<String, Checklist> more = new LinkedHashMap<>(extras);
        more.put(extra.id(), extra);
        return new ChecklistLibrary(builtIns, builtInById, more);
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
        if (extras.containsKey(id.value())) {
            return extras.get(id.value());
        }
        Optional<Checklist> quick = builtInById.apply(id.value());
        if (quick.isPresent()) {
            return quick.get();
        }
        List<Checklist> all = all();
        return all.stream().filter(checklist -> checklist.id().equals(id.value())).findFirst()
                .orElseThrow(() -> unknown(id, all.stream().map(Checklist::id).toList()));
    }

    private static InvalidInputException unknown(Located<String> id, List<String> known) {
        String message = "unknown checklist `" + Problems.excerpt(id.value()) + "`; "
                + (known.isEmpty() ? "there are no built-in checklists" : "known checklists: " + String.join(", ", known))
                + " (or give its file with --checklist FILE)";
        return new InvalidInputException(new InputError(id.position(), message, Suggestions.orNull(id.value(), known)));
    }

    /**
     * A run needs one checklist: when {@code <id>.yaml} holds the checklist with that id, it is the
     * only one parsed (start-up time). Anything else falls back to reading them all.
     */
    private static Optional<Checklist> byFileName(List<String> files, Function<String, String> text, String id) {
        String name = id + ".yaml";
        if (!files.contains(name)) {
            return Optional.empty();
        }
        try {
            Checklist checklist = new ChecklistLoader().parse(text.apply(name), BUILT_IN_DIRECTORY + "/" + name,
                    BUILT_IN_SOURCE);
            return checklist.id().equals(id) ? Optional.of(checklist) : Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static List<Checklist> parse(List<String> files, Function<String, String> text) {
        ChecklistLoader loader = new ChecklistLoader();
        Problems problems = new Problems();
        Map<String, Checklist> byId = new LinkedHashMap<>();
        for (String file : files) {
            String displayName = BUILT_IN_DIRECTORY + "/" + file;
            try {
                Checklist checklist = loader.parse(text.apply(file), displayName, BUILT_IN_SOURCE);
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
