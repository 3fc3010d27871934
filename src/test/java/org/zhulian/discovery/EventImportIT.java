package org.zhulian.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.zhulian.support.AuditTrail;
import org.zhulian.support.GraphQlHttp;
import org.zhulian.support.IntegrationTest;
import org.zhulian.support.TestPeople;

/**
 * A department extract imported in batches: the same checks as a feed's, refused rows listed beside
 * the file by line without the ID number, fields with commas and line breaks read whole, warnings
 * raised, and the same extract again changing nothing. (That a killed import goes on without losses
 * or duplicates is {@link EventImportCrashIT}'s.)
 */
@IntegrationTest
class EventImportIT {

    /** 汪秀英, wife of 章大爷, whose household is 特困 in 义安区 since July 2025 (Tongling: above 1,000 yuan a year warns). */
    static final String WANG_XIUYING_ID = "340706196510176420";
    static final String ZHANG_HOUSEHOLD = "00000000-0000-4000-8000-000000000005";

    @Autowired
    EventImport imports;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    GraphQlHttp graphQl;

    @TempDir
    Path dir;

    @Test
    void anExtractIsImportedWithItsRefusedRowsListedBesideItAndAgainChangesNothing() throws Exception {
        String stranger = TestPeople.idNumber(LocalDate.of(1970, 5, 6), false);
        Path extract = write("yibao-2025.csv", StandardCharsets.UTF_8, "\uFEFF" + """
                recordId,type,department,idNumber,occurredOn,amount,inpatient,note,regionCode,disabilityType,disabilityGrade
                YB25-1,MEDICAL_SELF_PAY,MEDICAL_INSURANCE,%1$s,2025-08-02,600,true,,,,
                YB25-2,MEDICAL_SELF_PAY,MEDICAL_INSURANCE,%1$s,20250910,700.50,0,,,,

                YB25-3,MEDICAL_SELF_PAY,MEDICAL_INSURANCE,%2$s,2025-05-01,300,,,340706,,
                YB25-4,DISABILITY_CERTIFICATE,MEDICAL_INSURANCE,%1$s,2025-05-02,,,,,肢体,9
                YB25-5,MEDICAL_SELF_PAY,MEDICAL_INSURANCE,%1$s,2025-05-03,12
                YB25-6,LOTTERY_WIN,MEDICAL_INSURANCE,%1$s,2025-05-04,100,,,,,
                YB25-7,GRID_REPORT,MEDICAL_INSURANCE,%1$s,2025-05-05,,,"屋顶漏雨, 老伴卧床
                需要上门看看",,,
                YB25-1,MEDICAL_SELF_PAY,MEDICAL_INSURANCE,%1$s,2025-08-02,600,true,,,,
                YB25-8,MEDICAL_SELF_PAY,MEDICAL_INSURANCE,34070619651017642X,2025-06-01,80,,,,,
                """.formatted(WANG_XIUYING_ID, stranger));

        EventImport.Summary summary = imports.run(extract, new EventImport.Options(StandardCharsets.UTF_8, null, 3, 2), quiet(), false);

        assertThat(summary.records()).isEqualTo(9);
        assertThat(summary.created()).isEqualTo(4);
        assertThat(summary.unchanged()).as("YB25-1 twice, in another batch").isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(4);
        assertThat(summary.warnings()).as("1,300.50 yuan in 2025 is above 特困's 1,000").isEqualTo(1);
        assertThat(ImportProgress.beside(extract)).as("no checkpoint is left behind a complete import").doesNotExist();
        List<String> refused = Files.readAllLines(summary.rejectedRows());
        assertThat(refused).containsExactly("line,recordId,field,reason",
                "6,\"YB25-4\",\"disabilityGrade\",\"disabilityGrade must be 1 (most severe) to 4\"",
                "7,\"YB25-5\",\"row\",\"The row has 6 fields, the header 11\"",
                "8,\"YB25-6\",\"type\",\"type must be one of " + List.of(DepartmentEventType.values()) + "\"",
                "12,\"YB25-8\",\"idNumber\",\"idNumber has a wrong check character\"");
        assertThat(String.join("\n", refused)).doesNotContain(WANG_XIUYING_ID.substring(0, 12)).doesNotContain("34070619651017642X");
        assertThat(neo4j.query("MATCH (e:DepartmentEvent {key: 'MEDICAL_INSURANCE/YB25-7'}) RETURN e.note").fetchAs(String.class).one())
                .contains("屋顶漏雨, 老伴卧床\n需要上门看看");
        assertThat(neo4j.query("MATCH (e:UnmatchedEvent {key: 'MEDICAL_INSURANCE/YB25-3'}) RETURN e.regionCode").fetchAs(String.class).one())
                .contains("340706000000");
        assertThat(neo4j.query("""
                        MATCH (w:Warning {rule: 'TL_MEDICAL_SELF_PAY', year: 2025})-[:ABOUT]->(:Household {id: $household})
                        RETURN w.annualTotal""").bind(ZHANG_HOUSEHOLD).to("household").fetchAs(Double.class).one()).contains(1300.5);
        assertThat(AuditTrail.of(graphQl, "import:yibao-2025.csv")).as("each batch is a change on record").hasSize(3)
                .allSatisfy(event -> assertThat(event.path("action").asString()).isEqualTo("importEvents"));

        EventImport.Summary again = imports.run(extract, new EventImport.Options(StandardCharsets.UTF_8, null, 4, 1), quiet(), false);

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.warnings()).isZero();
        assertThat(Files.readAllLines(again.rejectedRows())).isEqualTo(refused);
        assertThat(neo4j.query("MATCH (e:DepartmentEvent) WHERE e.key STARTS WITH 'MEDICAL_INSURANCE/YB25-' RETURN count(e)")
                .fetchAs(Long.class).one()).contains(4L);
    }

    @Test
    void aGbkExtractWithoutADepartmentColumnTakesTheOneNamedForTheImport() throws Exception {
        String stranger = TestPeople.idNumber(LocalDate.of(1958, 1, 9), true);
        Path extract = write("canlian.csv", Charset.forName("GBK"), """
                recordId,type,idNumber,occurredOn,disabilityType,disabilityGrade,note
                CL-1,DISABILITY_CERTIFICATE,%s,2025-08-08,肢体,2,新办残疾证（二级）
                """.formatted(stranger));

        EventImport.Summary summary = imports.run(extract, new EventImport.Options(Charset.forName("GBK"), "DISABLED_FEDERATION",
                EventRows.MAX_BATCH, 1), quiet(), false);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.rejectedRows()).as("nothing refused, no summary").isNull();
        assertThat(neo4j.query("MATCH (e:DepartmentEvent {key: 'DISABLED_FEDERATION/CL-1'}) RETURN e.disabilityType + ' ' + e.note")
                .fetchAs(String.class).one()).contains("肢体 新办残疾证（二级）");
    }

    @Test
    void anExtractThatIsNotOneIsRefusedBeforeAnythingIsStored() throws Exception {
        Path misnamed = write("misnamed.csv", StandardCharsets.UTF_8, "recordId,type,idNumber,date\nX-1,DEATH,%s,2025-01-01\n"
                .formatted(TestPeople.idNumber(LocalDate.of(1940, 2, 2), true)));
        assertThatThrownBy(() -> imports.run(misnamed, EventImport.Options.DEFAULT, quiet(), false))
                .hasMessageContaining("Unknown column \"date\"");

        Path nameless = write("nameless.csv", StandardCharsets.UTF_8, "recordId,type,idNumber,occurredOn\n");
        assertThatThrownBy(() -> imports.run(nameless, EventImport.Options.DEFAULT, quiet(), false))
                .hasMessageContaining("lacks the column(s) department");

        Path unclosed = write("unclosed.csv", StandardCharsets.UTF_8, "department,recordId,type,idNumber,occurredOn,note\n"
                + "CIVIL_AFFAIRS,Q-1,GRID_REPORT,%s,2025-01-01,\"never closed\n".formatted(TestPeople.idNumber(LocalDate.of(1941, 3, 3), true)));
        assertThatThrownBy(() -> imports.run(unclosed, EventImport.Options.DEFAULT, quiet(), false))
                .hasMessageContaining("Line 2 of the extract is not well-formed CSV: a quote opened and never closed");
        assertThat(neo4j.query("MATCH (e:DepartmentEvent) WHERE e.recordId IN ['X-1', 'Q-1'] RETURN count(e)").fetchAs(Long.class).one())
                .contains(0L);
    }

    @Test
    void aRecordIdASpreadsheetWouldRunIsListedInert() throws Exception {
        Path extract = write("formula.csv", StandardCharsets.UTF_8, """
                department,recordId,type,idNumber,occurredOn
                MEDICAL_INSURANCE,"=HYPERLINK(""http://x"")",DEATH,1234,2025-01-01
                """);

        EventImport.Summary summary = imports.run(extract, EventImport.Options.DEFAULT, quiet(), false);

        assertThat(Files.readAllLines(summary.rejectedRows()).get(1)).startsWith("2,\"'=HYPERLINK(\"\"http://x\"\")\",\"idNumber\"");
    }

    @Test
    void aCheckpointOfAnotherVersionOfTheExtractIsNotResumed() throws Exception {
        Path extract = write("changed.csv", StandardCharsets.UTF_8, "department,recordId,type,idNumber,occurredOn\n");
        ImportProgress.start("12/0/department,recordId", 40, 2, 27).write(ImportProgress.beside(extract));

        assertThatThrownBy(() -> imports.run(extract, EventImport.Options.DEFAULT, quiet(), false))
                .hasMessageContaining("has changed since the import").hasMessageContaining("delete that file");
    }

    private Path write(String name, Charset charset, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
