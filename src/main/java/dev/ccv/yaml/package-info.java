/**
 * YAML itself: one document of a file into a snakeyaml node tree whose every node knows its line and
 * column, and syntax errors as messages for people. What the values mean is {@code dev.ccv.loading}'s
 * business.
 *
 * <p>{@link dev.ccv.yaml.YamlReader} first hands the text to {@code QuickComposer}, which reads only
 * the plain subset that bundles and checklists are written in: a top-level block mapping; block
 * mappings and lists; one-line plain, single- or double-quoted (without escapes) and flow
 * ({@code [a, b]}, {@code {k: v}}) values; block scalars ({@code >}, {@code >-}, {@code |},
 * {@code |-}) whose lines all stand at one indentation; comments. It exists for speed: snakeyaml's
 * scanner and parser make a dozen objects per value, and for a self-assessment of several megabytes
 * they were most of a run's allocation. On anything outside the subset (tabs, anchors and aliases,
 * tags, multi-line plain or quoted scalars, escapes, block scalars with an indentation indicator or
 * {@code +}, several documents, a line it does not expect) it gives up, and snakeyaml's parser reads
 * the document through {@code NodeComposer} (the same tree, with lean nodes) and
 * {@code LinearStreamReader} (snakeyaml's reader in linear time). So every error message, position
 * and limit comes from snakeyaml. {@code QuickComposerTest} holds the quick composer to exactly the
 * tree that both {@code NodeComposer} and snakeyaml's own {@code Composer} build, on every YAML file
 * of the project and on thousands of mutations.
 *
 * <p>Booleans are YAML 1.2's ({@code true}, {@code false}; {@code yes} is text), as editors read
 * them: see {@code Scalars.TextAwareResolver}.
 */
package dev.ccv.yaml;
