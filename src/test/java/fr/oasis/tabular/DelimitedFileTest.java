package fr.oasis.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one delimited-file reader: dialects, line numbers, buffer boundaries and every located error. */
class DelimitedFileTest {

    @TempDir
    Path tmp;

    @Test
    void readsQuotesBomCrlfBlankLinesAndTrailingDelimiter() {
        DelimitedFile csv = open("\uFEFFcode,name,value\r\n\r\n\"01001\",\"L'Abergement, \"\"Clémenciat\"\"\",\" 3.5 \"\r\n02,,\n",
                Dialect.CSV);
        assertThat(csv.header()).containsExactly("code", "name", "value");
        assertThat(csv.column("name")).isEqualTo(1);
        assertThat(csv.column("absent")).isEqualTo(-1);
        assertThat(csv.next()).isTrue();
        assertThat(csv.line()).isEqualTo(3);
        assertThat(csv.text(0)).isEqualTo("01001");
        assertThat(csv.text(1)).isEqualTo("L'Abergement, \"Clémenciat\"");
        assertThat(csv.verbatim(1)).isFalse();
        assertThat(csv.text(2)).isEqualTo(" 3.5 ");
        assertThat(csv.number(2)).isEqualTo(3.5);
        assertThat(csv.next()).isTrue();
        assertThat(csv.isBlank(1)).isTrue();
        assertThat(csv.isBlank(2)).isTrue(); // trailing comma: last field empty
        assertThat(csv.next()).isFalse();
        assertThat(csv.next()).isFalse();
    }

    @Test
    void aQuotedValueMaySpanLinesAndLinesStayPhysical() {
        DelimitedFile csv = open("id;note\n1;\"two\nlines\"\n2;x\n", Dialect.SEMICOLON);
        assertThat(csv.next()).isTrue();
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.text(1)).isEqualTo("two\nlines");
        assertThat(csv.next()).isTrue();
        assertThat(csv.line()).isEqualTo(4);
        assertThat(csv.text(0)).isEqualTo("2");
    }

    @Test
    void quotesArePlainOrRefusedInFormatsThatNeverQuote() {
        DelimitedFile pipes = open("nom|ville|\n\"Dupont|Metz|\n", new Dialect('|', Dialect.Quoting.NONE));
        assertThat(pipes.next()).isTrue();
        assertThat(pipes.text(0)).isEqualTo("\"Dupont");
        assertThat(pipes.header()).containsExactly("nom", "ville", "");

        DelimitedFile plain = open("a,b\n1,2\n\"3\",4\n", new Dialect(',', Dialect.Quoting.REFUSED));
        assertThat(plain.next()).isTrue();
        assertThatThrownBy(plain::next).hasMessage("data.csv, line 3: quoted fields are not part of this format");
    }

    @Test
    void errorsNameFileLineAndField() {
        DelimitedFile csv = open("code,value\n01001,abc\n01002,\"open\n", Dialect.CSV);
        csv.next();
        assertThatThrownBy(() -> csv.number(1)).hasMessage("data.csv, line 2, field 'value': not a number: 'abc'");
        assertThatThrownBy(() -> csv.wholeNumber(1)).hasMessage("data.csv, line 2, field 'value': not a whole number: 'abc'");
        assertThatThrownBy(csv::next).hasMessageStartingWith("data.csv, line 3, field 'value': unterminated quoted field")
                .hasMessageContaining("malformed CSV");
        assertThatThrownBy(() -> open("code\n\"1\"x\n", Dialect.CSV).next())
                .hasMessage("data.csv, line 2, field 'code': unexpected character after a closing quote (malformed CSV)");
        assertThatThrownBy(() -> open("code,lat\n", Dialect.CSV).require("lon", "code", "x"))
                .hasMessage("data.csv, line 1, field 'lon, x': missing column(s) [lon, x]; header has [code, lat]");
        assertThatThrownBy(() -> open("\n\n", Dialect.CSV)).hasMessage("data.csv: empty file, expected a header line");
        assertThatThrownBy(() -> DelimitedFile.open(tmp.resolve("absent.csv"), Dialect.CSV))
                .hasMessage("absent.csv: cannot read the file (NoSuchFileException)");
    }

    @Test
    void aLineWithTheWrongNumberOfValuesIsRecoverable() {
        DelimitedFile csv = open("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n", Dialect.CSV);
        assertThat(csv.next()).isTrue();
        TableFileException shorter = catchThrowableOfType(TableFileException.class, csv::next);
        assertThat(shorter.recoverable()).isTrue();
        assertThat(shorter).hasMessage("data.csv, line 3: expected 3 values as in the header, found 2 (truncated line?)");
        assertThatThrownBy(csv::next).hasMessage("data.csv, line 4: expected 3 values as in the header, found 4");
        assertThat(csv.next()).isTrue();
        assertThat(csv.text(0)).isEqualTo("10");
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() throws IOException {
        Path file = tmp.resolve("latin1.csv");
        Files.write(file, "nom\nMetz\nN".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, new byte[] {(byte) 0xEE, 'm', 'e', 's', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        DelimitedFile csv = DelimitedFile.open(file, Dialect.CSV);
        assertThat(csv.next()).isTrue();
        assertThatThrownBy(csv::next).hasMessage("latin1.csv, line 3: file is not valid UTF-8 (save it as UTF-8)");
        byte[][] invalid = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        for (byte[] bytes : invalid) {
            assertThat(Utf8.valid(bytes, 0, bytes.length)).isFalse();
        }
        byte[] valid = "é€𝄞a".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.valid(valid, 0, valid.length)).isTrue();
    }

    @Test
    void aValueOfTensOfMegabytesIsRefusedNamingLineAndField() throws IOException {
        Path file = tmp.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("id,specialty,age\n1,MG,40\n2,".getBytes(StandardCharsets.US_ASCII));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int k = 0; k < 30; k++) {
                out.write(block);
            }
            out.write(",50\n".getBytes(StandardCharsets.US_ASCII));
        }
        DelimitedFile csv = DelimitedFile.open(file, Dialect.CSV);
        assertThat(csv.next()).isTrue();
        assertThatThrownBy(csv::next).isInstanceOf(TableFileException.class)
                .hasMessageStartingWith("huge.csv, line 3, field 'specialty': value longer than 65536 bytes");
        // Within the first buffer too, and quoted:
        DelimitedFile quoted = open("a,b\n1,\"" + "y".repeat(70_000) + "\"\n", Dialect.CSV);
        assertThatThrownBy(quoted::next).hasMessageStartingWith("data.csv, line 2, field 'b': value longer than");
    }

    @Test
    void aNumberWithTheOtherDecimalSeparatorIsReportedWithLineAndField() {
        DelimitedFile csv = open("code;lon;lat;n\nA;5,16;48,77;12\nB;5.20;48,80;7\nC;5,3;48,9;1\n", Dialect.SEMICOLON);
        while (true) {
            try {
                if (!csv.next()) {
                    break;
                }
            } catch (TableFileException e) {
                assertThat(e.recoverable()).isTrue();
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.field()).isEqualTo("lon");
                assertThat(e.problem()).startsWith("decimal point in '5.20' while 5 other decimal number(s) of this"
                        + " file use a comma");
                assertThat(csv.next()).isFalse();
                return;
            }
            for (int f = 1; f < 4; f++) {
                csv.number(f);
            }
        }
        throw new AssertionError("the mixed separators were not reported");
    }

    @Test
    void oneSeparatorPerFileAndWholeNumbersAreFine() {
        DelimitedFile commas = open("a;b\n1,5;2\n3;4,25\n", Dialect.SEMICOLON);
        double sum = 0;
        while (commas.next()) {
            sum += commas.number(0) + commas.number(1);
        }
        assertThat(sum).isEqualTo(10.75);
        DelimitedFile points = open("a,b\n\"1,5\",2\n3,4.25\n", Dialect.CSV);
        points.next();
        points.number(0);
        points.next();
        points.number(1);
        TableFileException tie = catchThrowableOfType(TableFileException.class, points::next);
        assertThat(tie.line()).as("on a tie the separator seen later is reported").isEqualTo(3);
        assertThat(tie.field()).isEqualTo("b");
    }

    /** Records across buffer refills, growths, CRLF split between two reads: the same as a naive split. */
    @Test
    void largeRandomFilesAreSplitLikeANaiveReferenceAcrossBufferBoundaries() throws IOException {
        long seed = 20261203;
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("a,b,c\r\n");
        List<String[]> expected = new ArrayList<>();
        while (text.length() < 3_000_000) {
            String[] row = new String[3];
            for (int f = 0; f < 3; f++) {
                int kind = random.nextInt(10);
                row[f] = kind == 0 ? "" : kind == 1 ? "z".repeat(random.nextInt(60_000))
                        : kind == 2 ? "q\"uo,te\nd" : Integer.toString(random.nextInt());
            }
            expected.add(row);
            for (int f = 0; f < 3; f++) {
                String value = row[f];
                boolean quote = value.contains("\"") || value.contains(",") || value.contains("\n");
                text.append(f > 0 ? "," : "").append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            text.append(random.nextBoolean() ? "\r\n" : "\n");
        }
        DelimitedFile csv = open(text.toString(), Dialect.CSV);
        int k = 0;
        long line = 1;
        while (csv.next()) {
            String[] row = expected.get(k);
            line += 1 + (k == 0 ? 0 : expected.get(k - 1)[0].chars().filter(c -> c == '\n').count()
                    + expected.get(k - 1)[1].chars().filter(c -> c == '\n').count()
                    + expected.get(k - 1)[2].chars().filter(c -> c == '\n').count());
            assertThat(csv.line()).as("seed %d, record %d", seed, k).isEqualTo(line);
            for (int f = 0; f < 3; f++) {
                assertThat(csv.text(f)).as("seed %d, record %d field %d", seed, k, f).isEqualTo(row[f]);
            }
            k++;
        }
        assertThat(k).isEqualTo(expected.size());
    }

    private DelimitedFile open(String content, Dialect dialect) {
        try {
            Path file = tmp.resolve("data.csv");
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
            return DelimitedFile.open(file, dialect);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
