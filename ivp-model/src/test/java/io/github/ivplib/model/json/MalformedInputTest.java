package io.github.ivplib.model.json;

import static io.github.ivplib.model.json.ReadFailures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Input that is no policy document at all is refused with a located, bilingual reason, and
 * nothing is read differently from how it was written.
 */
class MalformedInputTest {

    private static final Locale DUTCH = new Locale("nl");
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A continuation byte with no lead byte: never valid UTF-8. */
    private static final byte LONE_CONTINUATION = (byte) 0x80;
    /** The lead byte of a two-byte sequence, which the end of input then cuts off. */
    private static final byte CUT_LEAD = (byte) 0xC3;

    @Test
    void nullAtTheRootIsToldAsNotAnObject() {
        PolicyReadException e = readFailure("null");

        assertThat(e.detail(Locale.ENGLISH)).isEqualTo("expected an object, but found null");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).hasValue(1);
        assertThat(e.column()).hasValue(1);
    }

    @Test
    void anArrayAtTheRootIsToldAsNotAnObject() {
        assertThat(readFailure("  [1, 2]").detail(Locale.ENGLISH)).isEqualTo("expected an object, but found [...]");
    }

    @Test
    void aTextAtTheRootIsToldShortened() {
        PolicyReadException e = readFailure("\"" + "x".repeat(100) + "\"");

        assertThat(e.detail(Locale.ENGLISH)).isEqualTo("expected an object, but found \"" + "x".repeat(40) + "...\"");
    }

    @Test
    void aNumberAtTheRootIsToldInDutchToo() {
        assertThat(readFailure("42").detail(DUTCH)).isEqualTo("verwacht wordt een object, maar er staat 42");
    }

    @Test
    void invalidUtf8InsideATextIsRefusedWhereItStands() {
        byte[] document = withBytesInTitle(LONE_CONTINUATION);

        PolicyReadException e = readFailure(document);

        assertThat(e.detail(Locale.ENGLISH)).startsWith("the text is not valid UTF-8");
        assertThat(e.line()).hasValue(6);
        assertThat(e.column()).hasValue(13);
    }

    @Test
    void utf8CutOffAtTheEndIsRefused() {
        byte[] cut = (MINIMAL.substring(0, MINIMAL.length() - 1)).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(cut);
        document.write(CUT_LEAD);

        assertThat(readFailure(document.toByteArray()).detail(Locale.ENGLISH)).startsWith("the text is not valid UTF-8");
    }

    @Test
    void aUtf16FileIsRefusedWithWhatToDo() {
        byte[] utf16 = MINIMAL.getBytes(StandardCharsets.UTF_16);

        assertThat(readFailure(utf16).detail(DUTCH)).contains("sla een bestand in UTF-16");
    }

    @Test
    void aByteOrderMarkIsPassedOver() {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(BYTE_ORDER_MARK);
        document.writeBytes(MINIMAL.getBytes(StandardCharsets.UTF_8));

        assertThat(PolicyJson.read(new ByteArrayInputStream(document.toByteArray())).id()).isEqualTo("test-ivp-2024-2027");
    }

    @Test
    void nonAsciiTextIsReadAsWritten() {
        String title = "Veiligheid in één oogopslag: Ærø";
        String document = MINIMAL.replace("Integraal Veiligheidsplan 2024-2027", title);

        assertThat(PolicyJson.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).title())
                .isEqualTo(title);
    }

    private static byte[] withBytesInTitle(byte... bytes) {
        String[] halves = MINIMAL.split("Integraal Veiligheidsplan", 2);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        document.writeBytes(bytes);
        document.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        return document.toByteArray();
    }

    private static PolicyReadException readFailure(String json) {
        return catchThrowableOfType(PolicyReadException.class, () -> PolicyJson.read(json));
    }

    private static PolicyReadException readFailure(byte[] document) {
        return catchThrowableOfType(PolicyReadException.class, () -> PolicyJson.read(new ByteArrayInputStream(document)));
    }
}
