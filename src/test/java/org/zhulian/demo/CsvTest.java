package org.zhulian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsMayHoldCommasAndDoubledQuotes() {
        assertThat(Csv.fields("3302,\"宁波市\",33")).containsExactly("3302", "宁波市", "33");
        assertThat(Csv.fields("1,\"a, b\",\"say \"\"hi\"\"\",")).containsExactly("1", "a, b", "say \"hi\"", "");
    }

    @Test
    void rowsAreKeyedByTheHeaderAndMissingTrailingFieldsAreEmpty() {
        var rows = Csv.parse("\uFEFFcode,name,regionCode,parentCode\r\nDIBAO,低保,,\r\nSEVERE,\"重度残疾\",,DISABILITY\r\nX,y\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("code", "DIBAO").containsEntry("regionCode", "");
        assertThat(rows.get(1)).containsEntry("name", "重度残疾").containsEntry("parentCode", "DISABILITY");
        assertThat(rows.get(2)).containsEntry("parentCode", "");
    }

    @Test
    void theSeedRegionFilesParse() {
        assertThat(Csv.read("seed/regions/cities.csv")).anySatisfy(row ->
                assertThat(row).containsEntry("code", "3302").containsEntry("name", "宁波市"));
    }
}
