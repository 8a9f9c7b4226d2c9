package dev.ccv.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccv.model.InvalidInputException;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;

class ExpansionGuardTest {

    @Test
    void readsADocumentWithoutAnchorsAsWritten() {
        MappingNode root = (MappingNode) new YamlReader().read("a: [1, 2]\nb: { c: d }\n", "plain.yaml");

        assertThat(root.getValue()).hasSize(2);
    }

    @Test
    void acceptsAliasesThatExpandALittle() {
        MappingNode root = (MappingNode) new YamlReader().read("a: &x [1, 2]\nb: *x\nc: [*x, *x]\n", "aliases.yaml");

        assertThat(root.getValue()).hasSize(3);
    }

    @Test
    void refusesAliasesThatExpandBeyondTheLimit() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [" + String.join(", ", Collections.nCopies(10, "x")) + "]\n");
        for (int level = 1; level <= 5; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
        }

        assertThatThrownBy(() -> new YamlReader().read(yaml.toString(), "laughs.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("billion laughs");
    }

    @Test
    void refusesARecursiveAlias() {
        assertThatThrownBy(() -> new YamlReader().read("a: &x [1, *x]\n", "recursive.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recursive");
    }
}
