package dev.ccv.model;

/** A choice that input files write by a name of its own, such as {@code required} or {@code premier}. */
public interface YamlNamed {

    String yamlName();
}
