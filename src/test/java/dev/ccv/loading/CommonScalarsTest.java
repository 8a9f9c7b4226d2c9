package dev.ccv.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The shortcut for common scalars gives exactly what snakeyaml's constructor gives, or steps aside. */
class CommonScalarsTest {

    private static final List<String> BOOLEANS = List.of("true", "True", "TRUE", "false", "False", "FALSE",
            "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "tRuE", "nO", "maybe", "");
    private static final List<String> INTEGERS = List.of("0", "-0", "+0", "7", "-7", "+7", "42", "1000",
            "2147483647", "2147483648", "-2147483649", "123456789012345678", "999999999999999999",
            "1234567890123456789", "9223372036854775807", "99999999999999999999", "0123", "010", "0x1F",
            "0b101", "1_000", "1:30", "-", "+", "12a", "٣");

    @Test
    void readsTheCommonBooleansAsSnakeyamlDoes() {
        for (String value : BOOLEANS) {
            assertAgreesWithSnakeyaml(Tag.BOOL, value);
        }
        assertThat(CommonScalars.value(node(Tag.BOOL, "Yes"))).isEqualTo(true);
        assertThat(CommonScalars.value(node(Tag.BOOL, "OFF"))).isEqualTo(false);
        assertThat(CommonScalars.value(node(Tag.BOOL, "maybe"))).isNull();
    }

    @Test
    void readsDecimalIntegersAsSnakeyamlDoesAndLeavesOtherBasesToIt() {
        for (String value : INTEGERS) {
            assertAgreesWithSnakeyaml(Tag.INT, value);
        }
        assertThat(CommonScalars.value(node(Tag.INT, "-42"))).isEqualTo(-42L);
        assertThat(CommonScalars.value(node(Tag.INT, "0123"))).as("octal in YAML 1.1").isNull();
        assertThat(CommonScalars.value(node(Tag.INT, "0x1F"))).isNull();
        assertThat(CommonScalars.value(node(Tag.INT, "1234567890123456789"))).as("19 digits").isNull();
    }

    @Test
    void agreesWithSnakeyamlOnRandomDigitStrings() {
        Random random = new Random(7);
        String alphabet = "0123456789+-_x";
        for (int run = 0; run < 5_000; run++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(22);
            for (int i = 0; i < length; i++) {
                value.append(alphabet.charAt(random.nextInt(i == 0 ? alphabet.length() : 10)));
            }
            assertAgreesWithSnakeyaml(Tag.INT, value.toString());
        }
    }

    @Test
    void floatsAndOtherTagsAreLeftToSnakeyaml() {
        assertThat(CommonScalars.value(node(Tag.FLOAT, "1.5"))).isNull();
        assertThat(CommonScalars.value(node(Tag.STR, "true"))).isNull();
    }

    private static void assertAgreesWithSnakeyaml(Tag tag, String value) {
        Object quick = CommonScalars.value(node(tag, value));
        if (quick == null) {
            return;
        }
        Object slow;
        try {
            slow = new PlainValues().scalar(node(tag, value));
        } catch (RuntimeException e) {
            slow = e;
        }
        assertThat(quick).as("%s %s", tag, value).isEqualTo(slow);
    }

    private static ScalarNode node(Tag tag, String value) {
        return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
