package dev.ccv.loading;

/**
 * Where a value stands, for messages: its label ("`name`", "an entry of `awsServices`") and how
 * the user would write a value there ("name: ").
 */
record Slot(String label, String writeAs) {

    static Slot key(String key) {
        return new Slot("`" + key + "`", key + ": ");
    }

    static Slot entryOf(String key) {
        return new Slot("an entry of `" + key + "`", "");
    }
}
