package skill.importer.synthetic;

import skill.importer.MatchEnvelope;
import skill.importer.synthetic.League.Club;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A double round robin (the circle method): every club meets every other once at home and once away,
 * {@code n - 1} matchdays per half, {@code n / 2} matches per matchday. Kick-offs follow the Bundesliga's
 * weekend: Friday evening, five on Saturday afternoon, Saturday evening, two on Sunday (UTC).
 */
public final class Fixtures {
    private static final LocalTime[] SLOTS = {LocalTime.of(18, 30), LocalTime.of(13, 30), LocalTime.of(13, 30),
            LocalTime.of(13, 30), LocalTime.of(13, 30), LocalTime.of(13, 30), LocalTime.of(16, 30),
            LocalTime.of(13, 30), LocalTime.of(15, 30)};
    private static final int[] SLOT_DAY = {0, 1, 1, 1, 1, 1, 1, 2, 2};

    public record Fixture(String competition, String season, int matchday, Club home, Club away, Instant kickOff) {
        /** {@code <prefix>MAT-<season>-<matchday>-<home>-<away>}: the prefix and numbers of the club ids. */
        public String matchId() {
            int number = home.id().lastIndexOf("CLU-") + "CLU-".length();
            return home.id().substring(0, number - "CLU-".length()) + "MAT-" + season + "-"
                    + String.format("%02d", matchday) + "-" + home.id().substring(number) + "-"
                    + away.id().substring(number);
        }

        public MatchEnvelope envelope() {
            return new MatchEnvelope(competition, season, matchday, matchId());
        }
    }

    private final League league;
    private final List<Club> clubs;
    private final LocalDate firstFriday;

    /**
     * The season ({@code YYYY-YY}) starts on the first Friday from 22 August of its first year, the same weekend
     * for every competition.
     */
    public Fixtures(League league) {
        this.league = league;
        this.clubs = league.clubs();
        if (clubs.size() % 2 != 0) {
            throw new IllegalArgumentException("A round robin needs an even number of clubs, got " + clubs.size());
        }
        this.firstFriday = LocalDate.of(Integer.parseInt(league.season().substring(0, 4)), 8, 22)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    public int matchdays() {
        return 2 * (clubs.size() - 1);
    }

    /** The matches of matchday {@code md} (1-based), in kick-off order. */
    public List<Fixture> matchday(int md) {
        if (md < 1 || md > matchdays()) {
            throw new IllegalArgumentException("matchday must be 1.." + matchdays() + ", was " + md);
        }
        int n = clubs.size();
        int round = (md - 1) % (n - 1);
        boolean secondHalf = md > n - 1;
        LocalDate friday = firstFriday.plusWeeks(md - 1L);
        List<Fixture> out = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            // Club n-1 stays put, the others rotate; alternate sides so home and away balance out.
            int a = i == 0 ? n - 1 : (round + i) % (n - 1);
            int b = (round + n - 1 - i) % (n - 1);
            boolean aHome = i == 0 ? round % 2 == 0 : i % 2 == 1;
            Club home = clubs.get(aHome != secondHalf ? a : b);
            Club away = clubs.get(aHome != secondHalf ? b : a);
            int slot = i % SLOTS.length;
            Instant kickOff = friday.plusDays(SLOT_DAY[slot]).atTime(SLOTS[slot]).toInstant(ZoneOffset.UTC);
            out.add(new Fixture(league.competition(), league.season(), md, home, away, kickOff));
        }
        return out;
    }
}
