package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** Which conditions share a shape, and so one rendered SQL string, and which have none and are rendered each time. */
class ConditionShapeTest {
    /** A table as the processor would generate it, written by hand. */
    static final class Person extends ModelTable<Object> {
        private static final long serialVersionUID = 1L;
        static final Person PERSON = new Person();
        final TableField<Record, Long> id = column("id", SQLDataType.BIGINT.nullable(false));
        final TableField<Record, String> name = column("name", SQLDataType.VARCHAR(80));
        final TableField<Record, Integer> age = column("age", SQLDataType.INTEGER);
        final TableField<Record, BigDecimal> salary = column("salary", SQLDataType.DECIMAL(10, 2));

        Person() {
            super("person", Object.class, "");
        }

        @Override
        public TableField<Record, ?> idField() {
            return id;
        }
    }

    private static final Person P = Person.PERSON;

    private static ConditionShape shape(Condition condition) {
        return ConditionShape.of(condition, P);
    }

    @Test
    void conditionsDifferingOnlyInTheirValuesShareAShape() {
        ConditionShape ada = shape(P.name.eq("ada").and(P.age.gt(30)));
        ConditionShape bob = shape(P.name.eq("bob").and(P.age.gt(40)));
        assertNotNull(ada);
        assertEquals(ada, bob);
        assertEquals(ada.hashCode(), bob.hashCode());
    }

    @Test
    void operatorsColumnsNullsAndListLengthsAreEachPartOfTheShape() {
        ConditionShape eq = shape(P.name.eq("ada"));
        assertNotEquals(eq, shape(P.name.ne("ada")));
        assertNotEquals(eq, shape(P.name.like("ada")));
        assertNotEquals(shape(P.age.gt(1)), shape(P.id.gt(1L)));
        assertNotEquals(shape(P.name.eq("ada")), shape(P.name.eq((String) null)), "a null binds differently");
        assertNotEquals(shape(P.age.in(1, 2)), shape(P.age.in(1, 2, 3)), "an IN list renders one ? per element");
        assertEquals(shape(P.age.in(1, 2)), shape(P.age.in(7, 8)));
        assertNotEquals(shape(P.name.like("a%")), shape(P.name.like("a%", '!')), "the escape is in the SQL");
        assertNotEquals(shape(P.name.eq("a").and(P.age.eq(1))), shape(P.name.eq("a").or(P.age.eq(1))));
        assertNotNull(shape(DSL.not(P.name.isNull()).and(P.age.isNotNull())));
    }

    @Test
    void anythingOutsideTheEverydayOperatorsHasNoShape() {
        assertNull(shape(DSL.condition("name = 'ada'")), "plain SQL");
        assertNull(shape(DSL.upper(P.name).eq("ADA")), "a function");
        assertNull(shape(P.name.eq(DSL.inline("ada"))), "an inlined value is part of the SQL");
        assertNull(shape(DSL.field(DSL.name("other", "name"), String.class).eq("ada")), "another table's column");
        assertNull(shape(P.age.in(Collections.nCopies(ConditionShape.MAX_BINDS + 1, 1))), "too many values");
    }

    @Test
    void onlyPlainStringsNumbersAndBooleansBindDirectly() {
        assertTrue(shape(P.name.eq("ada").and(P.age.eq(3)).and(P.id.eq(7L))).bindsDirectly());
        assertFalse(shape(P.salary.eq(new BigDecimal("1.50"))).bindsDirectly(), "jOOQ binds decimals");
        assertFalse(shape(P.name.eq((String) null)).bindsDirectly(), "jOOQ binds typed nulls");
    }

    @Test
    void placeholdersMustMatchTheValuesBeforeSqlIsCached() {
        ConditionShape two = shape(P.name.eq("ada").and(P.age.eq(3)));
        assertTrue(two.placeholdersMatch("\"name\" = ? and \"age\" = ?"));
        assertFalse(two.placeholdersMatch("\"name\" = 'ada' and \"age\" = ?"), "jOOQ inlined one value");
    }

    @Test
    void directBindingPutsEveryValueInPlaceholderOrder() throws Exception {
        ConditionShape shape = shape(P.name.eq("ada").and(P.age.eq(3)).and(P.id.eq(7L)).or(P.name.isNull()));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
                PreparedStatement ps = connection.prepareStatement("select ?, ?, ?, ?")) {
            assertEquals(4, shape.bind(ps, 1, dev.tablesmith.generated.JdbcTypes.of(org.jooq.SQLDialect.H2)));
            ps.setBoolean(4, true);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals("ada", rs.getString(1));
                assertEquals(3, rs.getInt(2));
                assertEquals(7L, rs.getLong(3));
            }
        }
    }

    @Test
    void ordersByColumnsOfTheTableHaveAShapeAndOthersNone() {
        List<org.jooq.OrderField<?>> byName = List.of(P.name.asc(), P.id);
        assertEquals(OrderShape.of(byName, P), OrderShape.of(List.of(P.name.asc(), P.id), P));
        assertNotEquals(OrderShape.of(byName, P), OrderShape.of(List.of(P.name.desc(), P.id), P));
        assertNotEquals(OrderShape.of(List.of(P.name.asc()), P), OrderShape.of(List.of(P.name.asc().nullsLast()), P));
        assertNull(OrderShape.of(List.of(DSL.upper(P.name).asc()), P), "an expression");
        assertNull(OrderShape.of(List.of(DSL.field(DSL.name("other", "name")).asc()), P), "another table's column");
    }
}
