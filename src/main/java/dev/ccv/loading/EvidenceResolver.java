package dev.ccv.loading;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.Lookup;
import dev.ccv.model.Evidence;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.Located;
import dev.ccv.model.SourcePosition;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves evidence references against the bundle root: an {@code https://} URL is recorded as
 * external; anything else must be a relative path that stays inside the bundle and names a file.
 * Each path is looked up on disk once, so use one resolver per run.
 */
public final class EvidenceResolver {

    private final BundleRoot root;
    /** What the file system said about each relative path: bundles cite the same few files thousands of times. */
    private final Map<Path, Lookup> checked = new HashMap<>();
    /** What the resolver decided about each reference it has seen. */
    private final Map<String, Verdict> verdicts = new HashMap<>();

    /** What a reference names, the same wherever it is written. */
    private sealed interface Verdict {

        Evidence evidence(String reference, SourcePosition position);

        record External() implements Verdict {
            @Override
            public Evidence evidence(String reference, SourcePosition position) {
                return new Evidence.External(reference, position);
            }
        }

        record Local(boolean exists) implements Verdict {
            @Override
            public Evidence evidence(String reference, SourcePosition position) {
                return new Evidence.Local(reference, exists, position);
            }
        }

        record Refused(String message) implements Verdict {
            @Override
            public Evidence evidence(String reference, SourcePosition position) {
                throw refuse(position, message);
            }
        }
    }

    public EvidenceResolver(Path bundleRoot) {
        this(BundleRoot.of(bundleRoot));
    }

    public EvidenceResolver(BundleRoot bundleRoot) {
        this.root = bundleRoot;
    }

    /** The evidence a reference names; throws {@link InvalidInputException} for a reference that is not allowed. */
    public Evidence resolve(String reference, SourcePosition position) {
        return verdicts.computeIfAbsent(reference, this::judge).evidence(reference, position);
    }

    /** What a reference names, wherever it is written: a bundle cites the same few references thousands of times. */
    private Verdict judge(String reference) {
        if (reference.isBlank()) {
            return new Verdict.Refused("an evidence reference is empty; write a path inside the bundle or an https:// URL");
        }
        if (hasUrlScheme(reference)) {
            return external(reference);
        }
        if (isAbsolute(reference)) {
            return new Verdict.Refused("evidence path `" + reference
                    + "` is absolute; write a path relative to the bundle root");
        }
        if (reference.indexOf('\\') >= 0) {
            return new Verdict.Refused("evidence path `" + reference + "` uses `\\`; separate folders with `/`: `"
                    + reference.replace('\\', '/') + "`");
        }
        Path relative;
        try {
            relative = Path.of(reference).normalize();
        } catch (InvalidPathException e) {
            if (reference.indexOf('\0') >= 0) {
                return new Verdict.Refused("`" + reference + "` is not a valid path: " + e.getReason());
            }
            // a JVM started in a locale that is not UTF-8 (LC_ALL=C) cannot name a file with an é; the
            // ccv launcher runs it in UTF-8 whatever the locale
            return new Verdict.Refused("evidence path `" + reference + "` cannot be named on this system in the"
                    + " current locale (" + e.getReason() + "); run ccv with a UTF-8 locale, such as LC_ALL=C.UTF-8");
        }
        if (relative.startsWith("..")) {
            return new Verdict.Refused("evidence path `" + reference + "` leads outside the bundle");
        }
        return local(reference, relative);
    }

    /** Resolves each reference, collecting the refused ones as problems. */
    List<Evidence> resolveAll(List<Located<String>> references, Problems problems) {
        List<Evidence> evidence = new ArrayList<>();
        for (Located<String> reference : references) {
            try {
                evidence.add(resolve(reference.value(), reference.position()));
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
        return evidence;
    }

    /**
     * {@code scheme://...}, the scheme a letter and then letters, digits, {@code +}, {@code -} or
     * {@code .} (RFC 3986). Character tests rather than a regular expression: compiling one costs a
     * short run more than all the references it checks.
     */
    static boolean hasUrlScheme(String reference) {
        int colon = reference.indexOf(':');
        if (colon < 1 || !reference.startsWith("//", colon + 1) || !isAsciiLetter(reference.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = reference.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code /x}, {@code \\x}, {@code C:\x} or {@code C:/x}: absolute on Unix or on Windows. */
    static boolean isAbsolute(String reference) {
        if (reference.startsWith("/") || reference.startsWith("\\")) {
            return true;
        }
        return reference.length() >= 3 && isAsciiLetter(reference.charAt(0)) && reference.charAt(1) == ':'
                && (reference.charAt(2) == '\\' || reference.charAt(2) == '/');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static Verdict external(String reference) {
        String scheme = reference.substring(0, reference.indexOf(':'));
        if (!scheme.equalsIgnoreCase("https")) {
            return new Verdict.Refused("`" + reference + "` is not allowed as evidence;"
                    + " use an https:// URL or a path inside the bundle");
        }
        try {
            URI uri = new URI(reference);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return new Verdict.Refused("the URL `" + reference + "` has no host; write https://HOST/...");
            }
        } catch (URISyntaxException e) {
            return new Verdict.Refused("`" + reference + "` is not a valid URL: " + e.getReason());
        }
        return new Verdict.External();
    }

    /**
     * A file in the bundle is present evidence; anything else that is there (a folder, a FIFO, a link
     * out of the bundle, a loop of links, a folder ccv may not read) is an input error saying what it is.
     */
    private Verdict local(String reference, Path relative) {
        Lookup found = checked.computeIfAbsent(relative, root::look);
        if (found instanceof Lookup.File) {
            return new Verdict.Local(true);
        }
        if (found instanceof Lookup.Missing) {
            return new Verdict.Local(false);
        }
        return new Verdict.Refused("evidence path `" + reference + "` " + found.problem());
    }

    private static InvalidInputException refuse(SourcePosition position, String message) {
        return new InvalidInputException(new InputError(position, message));
    }
}
