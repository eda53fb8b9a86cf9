package vn.hungyen.khcn.index.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.assertj.core.api.Assertions;
import org.junit.Test;

/** Token, offset and position tests of the exact and folded index analyzers on text from plan 21/KH-SKHCN. */
public class TestVietnameseAnalyzer extends BaseTokenStreamTestCase {

    @Test
    public void keeps_the_abbreviation_KH_CN_as_one_token() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, "Sở Khoa học và Công nghệ (KH&CN)",
                    new String[] {"sở", "khoa", "học", "và", "công", "nghệ", "kh&cn"},
                    new int[] {0, 3, 8, 12, 15, 20, 26},
                    new int[] {2, 7, 11, 14, 19, 24, 31},
                    new String[] {"<WORD>", "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<ABBREVIATION>"},
                    new int[] {1, 1, 1, 1, 1, 1, 1});
        }
    }

    @Test
    public void indexes_a_document_number_whole_with_its_parts_at_the_same_position() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, "Quyết định số 2999/QĐ-UBND ngày 21/12/2021",
                    new String[] {"quyết", "định", "số", "2999/qđ-ubnd", "2999", "qđ", "ubnd", "ngày", "21", "12",
                        "2021"},
                    new int[] {0, 6, 11, 14, 14, 14, 14, 27, 32, 35, 38},
                    new int[] {5, 10, 13, 26, 26, 26, 26, 31, 34, 37, 42},
                    new int[] {1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1});
        }
    }

    @Test
    public void folds_the_document_number_too() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.folded()) {
            assertAnalyzesTo(a, "Quyết định số 2999/QĐ-UBND",
                    new String[] {"quyet", "dinh", "so", "2999/qd-ubnd", "2999", "qd", "ubnd"},
                    new int[] {0, 6, 11, 14, 14, 14, 14},
                    new int[] {5, 10, 13, 26, 26, 26, 26},
                    new int[] {1, 1, 1, 1, 0, 0, 0});
        }
    }

    @Test
    public void recognises_document_numbers_with_year_en_dash_and_stray_space() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, "Nghị định số 60/2021/NĐ-CP",
                    new String[] {"nghị", "định", "số", "60/2021/nđ-cp", "60", "2021", "nđ", "cp"},
                    new int[] {0, 5, 10, 13, 13, 13, 13, 13},
                    new int[] {4, 9, 12, 26, 26, 26, 26, 26},
                    new int[] {1, 1, 1, 1, 0, 0, 0, 0});
            assertAnalyzesTo(a, "13/2015/TT- BVHTTDL",
                    new String[] {"13/2015/tt-bvhttdl", "13", "2015", "tt", "bvhttdl"},
                    new int[] {0, 0, 0, 0, 0},
                    new int[] {19, 19, 19, 19, 19},
                    new int[] {1, 0, 0, 0, 0});
            assertAnalyzesTo(a, "Nghị quyết 19–NQ/TW",
                    new String[] {"nghị", "quyết", "19-nq/tw", "19", "nq", "tw"},
                    new int[] {0, 5, 11, 11, 11, 11},
                    new int[] {4, 10, 19, 19, 19, 19},
                    new int[] {1, 1, 1, 0, 0, 0});
            assertAnalyzesTo(a, "1851/QĐ-TTg",
                    new String[] {"1851/qđ-ttg", "1851", "qđ", "ttg"},
                    new int[] {0, 0, 0, 0},
                    new int[] {11, 11, 11, 11},
                    new int[] {1, 0, 0, 0});
        }
    }

    @Test
    public void leaves_dates_ranges_and_spaced_dashes_as_plain_numbers_and_words() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, "giai đoạn 2021-2025, kinh tế - xã hội, Tháng 1- Tháng 12, mục 1.5",
                    new String[] {"giai", "đoạn", "2021", "2025", "kinh", "tế", "xã", "hội", "tháng", "1", "tháng",
                        "12", "mục", "1.5"});
        }
    }

    @Test
    public void composes_NFD_input_before_tokenizing_and_keeps_original_offsets() throws IOException {
        String nfd = Normalizer.normalize("Công nghệ", Normalizer.Form.NFD);
        Assertions.assertThat(nfd).hasSize(12);
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, nfd, new String[] {"công", "nghệ"}, new int[] {0, 6}, new int[] {5, 12},
                    new int[] {1, 1});
        }
    }

    @Test
    public void puts_the_tone_mark_on_one_canonical_vowel() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, "hòa hoà thúy thuý khỏe khoẻ hóa hoá quý qúy",
                    new String[] {"hòa", "hòa", "thúy", "thúy", "khỏe", "khỏe", "hóa", "hóa", "quý", "quý"});
            // closed syllables, three vowels, shape-marked vowels, qu/gi: already canonical or repaired
            assertAnalyzesTo(a, "hoàng huỳnh hòai khủyu ngừơi giữ gìn Hoà Bình",
                    new String[] {"hoàng", "huỳnh", "hoài", "khuỷu", "người", "giữ", "gìn", "hòa", "bình"});
        }
    }

    @Test
    public void folds_every_mark_and_d_with_stroke() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.folded()) {
            assertAnalyzesTo(a, "Đường mã ma Ủy ban Café",
                    new String[] {"duong", "ma", "ma", "uy", "ban", "cafe"});
        }
    }

    @Test
    public void exact_form_keeps_ma_and_ma_with_tilde_apart() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exact()) {
            assertAnalyzesTo(a, "mã ma má", new String[] {"mã", "ma", "má"});
        }
    }

    @Test
    public void shingles_adjacent_folded_syllables() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.shingles()) {
            assertAnalyzesTo(a, "Đổi mới sáng tạo",
                    new String[] {"doi moi", "moi sang", "sang tao"},
                    new int[] {0, 4, 8},
                    new int[] {7, 12, 16},
                    new int[] {1, 1, 1});
            assertAnalyzesTo(a, "Đổi", new String[] {"doi"});
        }
    }

    @Test
    public void expands_abbreviations_at_query_time_in_both_directions() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exactQuery()) {
            Assertions.assertThat(terms(a, "KH&CN")).contains("kh&cn", "khcn", "khoa", "học", "và", "công", "nghệ");
            Assertions.assertThat(terms(a, "khoa học và công nghệ")).contains("kh&cn", "khcn");
            Assertions.assertThat(terms(a, "Ủy ban nhân dân")).contains("ubnd");
            Assertions.assertThat(terms(a, "uỷ ban nhân dân")).contains("ubnd");
            Assertions.assertThat(terms(a, "KT-XH")).contains("kinh", "tế", "xã", "hội");
            Assertions.assertThat(terms(a, "nghị định 60")).contains("nđ", "60");
        }
        try (Analyzer a = VietnameseAnalyzers.foldedQuery()) {
            Assertions.assertThat(terms(a, "DMST")).contains("dmst", "doi", "moi", "sang", "tao");
            Assertions.assertThat(terms(a, "qd 2999")).contains("quyet", "dinh", "qd", "2999");
        }
    }

    @Test
    public void query_analyzer_keeps_document_number_parts_after_synonyms() throws IOException {
        try (Analyzer a = VietnameseAnalyzers.exactQuery()) {
            assertAnalyzesTo(a, "2999/QĐ-UBND",
                    new String[] {"2999/qđ-ubnd", "2999", "qđ", "ubnd"},
                    new int[] {0, 0, 0, 0},
                    new int[] {12, 12, 12, 12},
                    new int[] {1, 0, 0, 0});
        }
    }

    @Test
    public void every_named_analyzer_survives_random_text() throws IOException {
        for (String name : VietnameseAnalyzers.NAMES) {
            try (Analyzer a = VietnameseAnalyzers.byName(name)) {
                checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
                checkRandomData(random(), a, 20, 40);
            }
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }
}
