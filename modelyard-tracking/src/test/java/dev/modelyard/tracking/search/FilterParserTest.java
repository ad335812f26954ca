package dev.modelyard.tracking.search;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.search.Filter.Comparison;
import dev.modelyard.tracking.search.Filter.Identifier;
import dev.modelyard.tracking.search.Filter.Op;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterParserTest {

    @Test
    void parsesMlflowClausesWithQuotedKeys() {
        Filter f = FilterParser.parse("metrics.`my auc` >= 0.9 and params.\"learning rate\" = '0.1' AND tags.team LIKE 'r%'");
        assertThat(f).isInstanceOfSatisfying(Filter.And.class, and -> {
            assertThat(and.parts()).hasSize(3);
            Comparison first = (Comparison) and.parts().get(0);
            assertThat(first.identifier()).isEqualTo(new Identifier("metrics", "my auc", 1));
            assertThat(first.op()).isEqualTo(Op.GE);
            assertThat(first.values()).containsExactly(0.9);
            Comparison second = (Comparison) and.parts().get(1);
            assertThat(second.identifier().key()).isEqualTo("learning rate");
            assertThat(second.values()).containsExactly("0.1");
        });
    }

    @Test
    void orBindsWeakerThanAndAndParenthesesGroup() {
        Filter f = FilterParser.parse("metrics.a > 1 AND metrics.b < 2 OR (params.c IN ('x', 'y') OR tags.d NOT IN ('z'))");
        assertThat(f).isInstanceOfSatisfying(Filter.Or.class, or -> {
            assertThat(or.parts().get(0)).isInstanceOf(Filter.And.class);
            assertThat(or.parts().get(1)).isInstanceOfSatisfying(Filter.Or.class, inner -> {
                assertThat(((Comparison) inner.parts().get(0)).values()).containsExactly("x", "y");
                assertThat(((Comparison) inner.parts().get(1)).op()).isEqualTo(Op.NOT_IN);
            });
        });
    }

    @Test
    void numbersQuotesAndEscapes() {
        assertThat(((Comparison) FilterParser.parse("metrics.a = -1.5e-3")).values()).containsExactly(-1.5e-3);
        assertThat(((Comparison) FilterParser.parse("params.a = 'it''s'")).values()).containsExactly("it's");
        assertThat(((Comparison) FilterParser.parse("params.a = \"dq\"")).values()).containsExactly("dq");
        assertThat(((Comparison) FilterParser.parse("attributes.status != 'FAILED'")).op()).isEqualTo(Op.NE);
        assertThat(((Comparison) FilterParser.parse("name ilike '%x%'")).identifier()).isEqualTo(new Identifier(null, "name", 1));
        assertThat(FilterParser.parse("  ")).isNull();
    }

    @Test
    void errorsSayWhereAndWhat() {
        assertThatThrownBy(() -> FilterParser.parse("metrics.a > 1 AND")).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("character 18").hasMessageContaining("expected a field");
        assertThatThrownBy(() -> FilterParser.parse("metrics.a >")).hasMessageContaining("character 12").hasMessageContaining("a number or a quoted string");
        assertThatThrownBy(() -> FilterParser.parse("metrics.a 5")).hasMessageContaining("character 11").hasMessageContaining("comparison operator");
        assertThatThrownBy(() -> FilterParser.parse("metrics.a > 1 extra")).hasMessageContaining("character 15").hasMessageContaining("AND, OR");
        assertThatThrownBy(() -> FilterParser.parse("params.a IN ('x' 'y')")).hasMessageContaining("',' or ')'");
        assertThatThrownBy(() -> FilterParser.parse("params.a NOT LIKE 'x'")).hasMessageContaining("expected IN after NOT");
        assertThatThrownBy(() -> FilterParser.parse("metrics.`a > 1")).hasMessageContaining("unterminated");
    }

    @Test
    void orderByEntries() {
        assertThat(OrderBy.parseAll(List.of("metrics.`val loss` DESC", "params.lr", "attributes.start_time asc")))
                .containsExactly(new OrderBy(new Identifier("metrics", "val loss", 1), false), new OrderBy(new Identifier("params", "lr", 1), true),
                        new OrderBy(new Identifier("attributes", "start_time", 1), true));
        assertThatThrownBy(() -> OrderBy.parseAll(List.of("metrics.a DESC extra"))).hasMessageContaining("character 16");
    }

    @Test
    void pageTokensAreBoundToTheirQuery() {
        String t = PageToken.encode(40, "q1");
        assertThat(PageToken.decode(t, "q1")).isEqualTo(40);
        assertThat(PageToken.decode(null, "q1")).isZero();
        assertThatThrownBy(() -> PageToken.decode(t, "q2")).hasMessageContaining("page_token");
        assertThatThrownBy(() -> PageToken.decode("%%%", "q1")).hasMessageContaining("page_token");
    }
}
