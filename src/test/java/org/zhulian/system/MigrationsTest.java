package org.zhulian.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void migrationFilesLoadInVersionOrderAndSplitIntoStatements() {
        var migrations = Migrations.load();

        assertThat(migrations).extracting(Migrations.Migration::version).isSorted().doesNotHaveDuplicates();
        var constraints = migrations.getFirst();
        assertThat(constraints.statements())
                .isNotEmpty()
                .allSatisfy(statement -> assertThat(statement).startsWith("CREATE").doesNotContain(";").doesNotContain("//"));
    }

    @Test
    void aMultiLineStatementStaysWhole() {
        var migration = new Migrations.Migration(9, "x", """
                // comment
                CREATE FULLTEXT INDEX a IF NOT EXISTS FOR (p:Person) ON EACH [p.name]
                  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
                CREATE INDEX b IF NOT EXISTS FOR (p:Person) ON (p.x);
                """);

        assertThat(migration.statements()).hasSize(2);
        assertThat(migration.statements().getFirst()).endsWith("'cjk'}}");
    }

    @Test
    void versionsRunFromOneWithoutGaps() {
        var migrations = Migrations.load();

        assertThat(migrations).extracting(Migrations.Migration::version).doesNotHaveDuplicates()
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, migrations.size()).boxed().toList());
    }
}
