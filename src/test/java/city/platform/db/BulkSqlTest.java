package city.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkSqlTest {

    private record Row(long id, String name, double share) {}

    @Test
    void anInsertSendsOneArrayPerColumnCastToItsType() {
        BulkSql.Insert<Row> insert = BulkSql.<Row>insert("insert into x.t (id, name, share)")
                .column("bigint", Row::id)
                .column("text", Row::name)
                .column("real", "float8", Row::share)
                .then("on conflict (id) do nothing");
        assertThat(insert.sql())
                .isEqualTo("insert into x.t (id, name, share) select * from unnest(?::bigint[], ?::text[], ?::real[])"
                        + " on conflict (id) do nothing");
    }

    @Test
    void addingAColumnLeavesTheInsertItCameFromAsItWas() {
        BulkSql.Insert<Row> one = BulkSql.<Row>insert("insert into x.t (id)").column("bigint", Row::id);
        one.column("text", Row::name);
        assertThat(one.sql()).isEqualTo("insert into x.t (id) select * from unnest(?::bigint[])");
    }
}
