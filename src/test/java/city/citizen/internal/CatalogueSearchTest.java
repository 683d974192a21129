package city.citizen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

    @Test
    void shouldTurnEveryEnglishWordIntoAPrefixTerm() {
        assertThat(CatalogueSearch.englishPrefixQuery("Driver LICEN")).isEqualTo("driver:* & licen:*");
    }

    @Test
    void shouldDropPunctuationThatWouldBreakATsquery() {
        assertThat(CatalogueSearch.englishPrefixQuery("driver's & (licence) | !renewal:*"))
                .isEqualTo("driver:* & s:* & licence:* & renewal:*");
        assertThat(CatalogueSearch.englishPrefixQuery("&|!():*")).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheChineseCharactersForTheBigramQuery() {
        assertThat(CatalogueSearch.chinese("驾驶证 renewal 换证")).isEqualTo("驾驶证换证");
        assertThat(CatalogueSearch.chinese("passport")).isEmpty();
        assertThat(CatalogueSearch.englishPrefixQuery("驾驶证")).isEmpty();
    }
}
