package vn.hungyen.khcn.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class IndexHealthIndicatorTest {

    @Test
    void index_is_down_when_a_query_over_it_fails() {
        SearchService search = mock(SearchService.class);
        when(search.indexedDocumentCount()).thenThrow(new IllegalStateException("index directory is locked"));
        assertThat(new IndexHealthIndicator(search).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void index_is_up_with_its_document_count_when_a_query_answers() {
        SearchService search = mock(SearchService.class);
        when(search.indexedDocumentCount()).thenReturn(160L);
        when(search.hasIndexedTypes()).thenReturn(true);
        var health = new IndexHealthIndicator(search).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("documents", 160L);
    }
}
