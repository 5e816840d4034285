package skill.bench;

import org.junit.jupiter.api.Test;
import skill.core.standings.Standings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The backfill load of several competitions at once: its expected standings are per competition and season. */
class SeasonLoadTest {

    @Test
    void competitionCodesAreDistinctAndStartWithTheBundesliga() {
        assertThat(SeasonLoad.competitionCodes(1)).containsExactly("BL1");
        assertThat(SeasonLoad.competitionCodes(10)).containsExactly("BL1", "BL2", "C03", "C04", "C05", "C06", "C07",
                "C08", "C09", "C10");
        assertThat(SeasonLoad.competitionCodes(120)).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Za-z0-9]+"));
    }

    @Test
    void expectsEachCompetitionsOwnStandings() throws Exception {
        try (SeasonLoad alone = SeasonLoad.generate(1, 1, 1);
             SeasonLoad two = SeasonLoad.generate(1, 1, 1, SeasonLoad.competitionCodes(2))) {
            assertThat(two.groups()).containsExactly("BL1|2025-26", "BL2|2025-26");
            assertThat(two.expected()).hasSize(8);
            assertThat(two.expected().keySet().stream().map(two::groupOf).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(two.groups());
            assertThat(two.messages()).isGreaterThan(alone.messages() * 3 / 2);
            // BL1 plays the same matches beside BL2 as alone, so it is ranked the same: BL2's players are not in it.
            Map<String, Standings> bl1 = two.expected().entrySet().stream().filter(e -> e.getKey().startsWith("BL1|"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(bl1.keySet()).isEqualTo(alone.expected().keySet());
            bl1.forEach((key, standings) -> assertThat(SeasonLoad.sameNumbers(standings, alone.expected().get(key)))
                    .as(key).isTrue());
        }
    }

    @Test
    void countsWhereTheCompetitionSeasonsHash() {
        int[] one = PipelineBench.partitionsUsed(List.of("BL1|2025-26"), 3);
        assertThat(one).containsExactly(1, 1);
        int[] ten = PipelineBench.partitionsUsed(SeasonLoad.competitionCodes(10).stream().map(c -> c + "|2025-26")
                .toList(), 10);
        assertThat(ten[0]).isBetween(1, 10);
        assertThat(ten[1]).isBetween((10 + ten[0] - 1) / ten[0], 10);
    }

    @Test
    void readsEachThreadsCpuFromAThreadDump() {
        String dump = """
                "main" #1 prio=5 os_prio=0 cpu=120.50ms elapsed=10.00s tid=0x1 nid=0x2 waiting on condition
                "bench-1-calculator-initiator-g1-0b1c-StreamThread-1" #40 prio=5 os_prio=0 cpu=2500.25ms elapsed=9.00s tid=0x3 nid=0x4 runnable
                "bench-1-calculator-sprint-detector-9f2e-StreamThread-1" #41 prio=5 os_prio=0 cpu=300,75ms elapsed=9.00s tid=0x5 nid=0x6 runnable
                """;
        assertThat(ServiceProcess.threadCpuSeconds(dump, t -> t.contains("StreamThread") && !t.contains("sprint-detector")))
                .isCloseTo(2.50025, within(1e-9));
        assertThat(ServiceProcess.threadCpuSeconds(dump, t -> t.contains("StreamThread"))).isCloseTo(2.801, within(1e-9));
    }
}
