package dev.ccv.loading;

/**
 * Where a value stands, for messages: its label ("`name`", "an entry of `awsServices`") and how
 * the user would write a value there ("name: "). Both are made only when a message needs them.
 */
record Slot(String name, Form form) {

    /** How the name reads in a message. */
    enum Form { KEY, ENTRY, PHRASE }

    static Slot key(String key) {
        return new Slot(key, Form.KEY);
    }

    static Slot entryOf(String key) {
        return new Slot(key, Form.ENTRY);
    }

    /** A slot named by a phrase ("this date"), with no key to write. */
    static Slot phrase(String phrase) {
        return new Slot(phrase, Form.PHRASE);
    }

    String label() {
        return switch (form) {
            case KEY -> "`" + name + "`";
            case ENTRY -> "an entry of `" + name + "`";
            case PHRASE -> name;
        };
    }

    String writeAs() {
        return form == Form.KEY ? name + ": " : "";
    }
}
