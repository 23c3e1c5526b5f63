package io.github.venues.importer;

import io.github.venues.model.Ccf;
import io.github.venues.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the importer reads names, headers and values as lists write them. */
class CellsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            IEEE Journal of Biomedical and Health Informatics, JBHI | IEEE Journal of Biomedical and Health Informatics | JBHI | jbhi
            Conference on Medical Image Understanding and Analysis (MIUA) | Conference on Medical Image Understanding and Analysis | MIUA | miua
            IEEE International Symposium on Biomedical Imaging: From Nano to Macro, ISBI | IEEE International Symposium on Biomedical Imaging: From Nano to Macro | ISBI | isbi
            IEEE International Conference on Acoustics, Speech and Signal Processing, ICASSP | IEEE International Conference on Acoustics, Speech and Signal Processing | ICASSP | icassp
            IEEE International Conference on Acoustics, Speech and Signal Processing | IEEE International Conference on Acoustics, Speech and Signal Processing | null | ieee-international-conference-on-acoustics-speech-and-signal-processing
            Medical Image Analysis | Medical Image Analysis | null | medical-image-analysis
            Medical Image Analysis (MedIA) | Medical Image Analysis | MedIA | media
            Journal of Physics, Part A | Journal of Physics, Part A | null | journal-of-physics-part-a
            Acme Publishing, Inc | Acme Publishing, Inc | null | acme-publishing-inc
            Imaging (Online) | Imaging (Online) | null | imaging-online
            International Conference on 3D Vision (3DV) | International Conference on 3D Vision | 3DV | 3dv
            医学影像学杂志（JMI） | 医学影像学杂志 | JMI | jmi
            Revue de Médecine | Revue de Médecine | null | revue-de-medecine
            """)
    void splitsTheAbbreviationOffTheNameAndMakesTheId(String cell, String name, String abbr, String id) {
        VenueName split = VenueName.split(cell);
        assertEquals(name, split.name());
        assertEquals(abbr, split.abbr());
        assertEquals(id, split.id());
    }

    @Test
    void aNameWithoutLatinLettersHasNoId() {
        assertEquals("", VenueName.split("中华放射学杂志").id());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            期刊名字 | NAME
            会议名字 | NAME
            Name | NAME
            venue | NAME
            2019-2020最新IF | IMPACT_FACTOR
            IF | IMPACT_FACTOR
            Impact factor | IMPACT_FACTOR
            影响因子 | IMPACT_FACTOR
            中科院SCI期刊分区 | CAS
            中科院分区 | CAS
            cas | CAS
            h5-index | H5_INDEX
            H5 Index | H5_INDEX
            h5 | H5_INDEX
            CCF分类 | CCF
            ccf | CCF
            Homepage | HOMEPAGE
            """)
    void findsColumnsByTheirHeadersInChineseOrEnglishWhateverTheCase(String header, Column column) {
        assertEquals(Optional.of(column), Column.of(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notes", "Publisher", "Difficulty", "JCR分区"})
    void ignoresOtherColumns(String header) {
        assertEquals(Optional.empty(), Column.of(header));
    }

    @Test
    void theNameHeaderCanSayWhatTheTableLists() {
        assertEquals(Kind.JOURNAL, Column.kindOfNameHeader("期刊名字"));
        assertEquals(Kind.CONFERENCE, Column.kindOfNameHeader("Conference"));
        assertNull(Column.kindOfNameHeader("Name"));
        assertEquals(Kind.JOURNAL, Headings.kindNamedIn("Journal"));
        assertEquals(Kind.CONFERENCE, Headings.kindNamedIn("会议 Conferences"));
        assertNull(Headings.kindNamedIn("Journals And Conferences(期刊会议)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"None", "none", "", "-", "—", "N/A"})
    void unknownValuesAreAbsent(String text) throws Exception {
        assertNull(CellValues.impactFactor(text));
        assertNull(CellValues.cas(text));
        assertNull(CellValues.h5Index(text));
        assertNull(CellValues.ccf(text));
    }

    @Test
    void readsValuesAsListsWriteThem() throws Exception {
        assertEquals("5.5353", CellValues.impactFactor("5.5353"));
        assertEquals("9.34", CellValues.impactFactor("9.34"));
        assertEquals(new CellValues.Cas("engineering", 2), CellValues.cas("工程技术 2区"));
        assertEquals(new CellValues.Cas("physics", 2), CellValues.cas("物理与天体物理 2区"));
        assertEquals(new CellValues.Cas("computer-science", 1), CellValues.cas("Computer Science, Zone 1"));
        assertEquals(148, CellValues.h5Index("148"));
        assertEquals(Ccf.A, CellValues.ccf("A"));
        assertEquals(Ccf.B, CellValues.ccf("CCF-B"));
        assertEquals(Ccf.C, CellValues.ccf("c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5,223", "~5", "1e3", "-1.2", "5.2.3"})
    void anImpactFactorMustBeADecimal(String text) {
        assertThrows(CellValues.NotUnderstood.class, () -> CellValues.impactFactor(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2区", "工程技术", "天文学 2区", "工程技术 5区", "Zone 2"})
    void aCasPartitionNeedsAKnownCategoryAndAZoneFrom1To4(String text) {
        assertThrows(CellValues.NotUnderstood.class, () -> CellValues.cas(text));
    }

    @Test
    void anH5IndexIsAWholeNumberAndACcfClassIsABOrC() {
        assertThrows(CellValues.NotUnderstood.class, () -> CellValues.h5Index("85.5"));
        assertThrows(CellValues.NotUnderstood.class, () -> CellValues.h5Index("lots"));
        assertThrows(CellValues.NotUnderstood.class, () -> CellValues.ccf("D"));
        assertThrows(CellValues.NotUnderstood.class, () -> CellValues.ccf("A+"));
    }
}
