package dev.ccv.model;

/** The kinds of community contribution an individual can list. */
public enum ContributionType implements YamlNamed {
    BLOG("blog"), TALK("talk"), VIDEO("video"), OPEN_SOURCE("open-source"), MEETUP("meetup"),
    WORKSHOP("workshop"), FORUM("forum"), BOOK("book"), COURSE("course"), PODCAST("podcast");

    private final String yamlName;

    ContributionType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
