package fr.oasis.accessibility.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The minimal CSV dialect: BOM, CRLF, blank lines, quoted fields with doubled quotes. */
class CsvFileTest {

    @TempDir
    Path tmp;

    @Test
    void readsQuotesBomCrlfAndBlankLines() throws Exception {
        CsvFile csv = open("\uFEFFcode,name,value\r\n\r\n\"01001\",\"L'Abergement, \"\"Clémenciat\"\"\",\"3.5\"\r\n02,,\n");
        assertThat(csv.column("code")).isZero();
        assertThat(csv.next()).isTrue();
        assertThat(csv.lineNumber()).isEqualTo(3);
        assertThat(csv.text(0)).isEqualTo("01001");
        assertThat(csv.text(1)).isEqualTo("L'Abergement, \"Clémenciat\"");
        assertThat(csv.number(2)).isEqualTo(3.5);
        ByteKeyIndex index = new ByteKeyIndex();
        assertThat(csv.add(index, 1)).isZero();
        assertThat(index.key(0)).isEqualTo("L'Abergement, \"Clémenciat\"");
        assertThat(csv.next()).isTrue();
        assertThat(csv.isEmpty(1)).isTrue();
        assertThat(csv.isEmpty(2)).isTrue(); // trailing comma: last field empty
        assertThat(csv.next()).isFalse();
    }

    @Test
    void errorsNameFileLineAndField() throws Exception {
        CsvFile csv = open("code,value\n01001,abc\n01002,\"open\n");
        csv.next();
        assertThatThrownBy(() -> csv.number(1)).hasMessage("data.csv, line 2, field 'value': not a number: 'abc'");
        assertThatThrownBy(csv::next).hasMessageContaining("data.csv, line 3: unterminated quoted field");
        assertThatThrownBy(() -> open("code\n1,2\n").next()).hasMessageContaining("line 2: expected 1 fields");
        assertThatThrownBy(() -> open("code\n").column("lon")).hasMessageContaining("field 'lon': missing column");
    }

    private CsvFile open(String content) throws IOException, InputException {
        Path file = tmp.resolve("data.csv");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return CsvFile.open(file);
    }
}
