package city.payments.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementCsvTest {

    @Test
    void textThatASpreadsheetWouldRunIsDefused() {
        assertThat(Statements.CsvRow.safe("=HYPERLINK(\"http://evil\")")).startsWith("'=");
        assertThat(Statements.CsvRow.safe("+86 phone")).isEqualTo("'+86 phone");
        assertThat(Statements.CsvRow.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Statements.CsvRow.safe("老舍茶馆 / Laoshe Tea House")).isEqualTo("老舍茶馆 / Laoshe Tea House");
        assertThat(Statements.CsvRow.safe(null)).isNull();
    }
}
