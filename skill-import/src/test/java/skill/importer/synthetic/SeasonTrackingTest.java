package skill.importer.synthetic;

import org.junit.jupiter.api.Test;
import skill.core.codec.FrameCodec;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;
import skill.core.sprints.MatchTrackingGenerator.TrueSprint;
import skill.core.sprints.PlayerSpeedTrack;
import skill.core.sprints.SprintRule;
import skill.importer.synthetic.Fixtures.Fixture;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated season's tracking: deterministic, true to the facts' lineups and clock, and sprints as planted. */
class SeasonTrackingTest {
    private static final Comparator<TrueSprint> BY_PLAYER_AND_TIME = Comparator.comparing(TrueSprint::playerId)
            .thenComparingLong(TrueSprint::startedAt);

    @Test
    void theSameSeedGivesTheSameFramesAndAnotherSeedOthers() throws Exception {
        Fixture fixture = new SeasonGenerator(42, 1).fixtures().findFirst().orElseThrow();
        String once = digest(new SeasonGenerator(42, 1).tracking(fixture, 5, s -> { }));
        assertThat(digest(new SeasonGenerator(42, 1).tracking(fixture, 5, s -> { }))).isEqualTo(once);
        Fixture sameMatch = new SeasonGenerator(43, 1).fixtures().findFirst().orElseThrow();
        assertThat(digest(new SeasonGenerator(43, 1).tracking(sameMatch, 5, s -> { }))).isNotEqualTo(once);
    }

    /**
     * A 25 Hz match with a substitution in each half and a sending-off: every frame lies in one of the periods
     * of its MATCH fact and holds exactly the players on the pitch at that moment (starters, substitutes once
     * on, nobody who went off), each with his club; and the sprint path finds exactly the true sprints.
     */
    @Test
    void framesHoldThePlayersOnThePitchWithinThePeriodsAndTheDetectorFindsTheTrueSprints() {
        SeasonGenerator season = new SeasonGenerator(11, 34);
        Fixture fixture = season.fixtures().filter(f -> eventful(season.match(f).facts())).findFirst().orElseThrow();
        List<MatchFact> facts = season.match(fixture).facts();
        List<MatchInfo.Period> periods = facts.stream().filter(f -> f.type() == FactType.MATCH)
                .max(Comparator.comparingInt(MatchFact::version)).orElseThrow().detailsAs(MatchInfo.class).periods();
        List<MatchFact> personnel = facts.stream().filter(f -> f.type() == FactType.LINEUP
                || f.type() == FactType.SUBSTITUTION || f.type() == FactType.SENDING_OFF).toList();
        Map<String, String> clubs = new HashMap<>();
        facts.stream().filter(f -> f.type() == FactType.LINEUP).forEach(f -> f.detailsAs(Lineup.class).players()
                .forEach(p -> clubs.put(p.playerId(), f.teamId())));

        Set<String> starters = onPitch(personnel, periods.get(0).startedAt());
        List<TrueSprint> truth = new ArrayList<>();
        List<TrueSprint> found = new ArrayList<>();
        Map<String, PlayerSpeedTrack> tracks = new TreeMap<>();
        Set<String> substitutesTracked = new HashSet<>();
        long frames = 0;
        Instant last = Instant.MIN;
        for (Iterator<PositionFrame> it = season.tracking(fixture, 25, truth::add); it.hasNext(); frames++) {
            PositionFrame frame = it.next();
            assertThat(frame.t()).isAfter(last);
            last = frame.t();
            MatchInfo.Period period = periods.get(frame.period() - 1);
            assertThat(frame.t()).isBetween(period.startedAt(), period.endedAt());
            assertThat(frame.matchId()).isEqualTo(fixture.matchId());
            assertThat(frame.competition()).isEqualTo(fixture.competition()).isEqualTo("BL1");
            assertThat(frame.matchday()).isEqualTo(fixture.matchday());
            List<TrackedObject> players = frame.objects().stream().filter(o -> !o.representsBall()).toList();
            assertThat(players).extracting(TrackedObject::playerId).containsExactlyInAnyOrderElementsOf(
                    onPitch(personnel, frame.t()));
            assertThat(frame.objects()).filteredOn(TrackedObject::representsBall).hasSize(1);
            for (TrackedObject o : players) {
                assertThat(o.teamId()).isEqualTo(clubs.get(o.playerId()));
                if (!starters.contains(o.playerId())) {
                    substitutesTracked.add(o.playerId());
                }
                tracks.computeIfAbsent(o.playerId(), id -> new PlayerSpeedTrack(SprintRule.DFL_UNTIL_2024_25))
                        .accept(frame.t().toEpochMilli(), frame.period(), o.x(), o.y(), o.speed(),
                                (start, end, peak, distance) -> found.add(
                                        new TrueSprint(o.playerId(), frame.period(), start, end, peak)));
            }
        }
        tracks.forEach((id, track) -> track.finish((start, end, peak, distance) -> found.add(
                new TrueSprint(id, track.period(), start, end, peak))));

        assertThat(frames).isGreaterThan(25L * 60 * 92);
        assertThat(substitutesTracked).hasSizeGreaterThanOrEqualTo(6);
        assertThat(truth.size()).isGreaterThan(20 * 15);
        assertThat(truth).anySatisfy(s -> assertThat(substitutesTracked).contains(s.playerId()));
        // frames carry the speeds as the shortest decimal of their float (8.082275, not 8.082275390625)
        assertThat(found.stream().sorted(BY_PLAYER_AND_TIME).toList()).isEqualTo(truth.stream()
                .map(s -> new TrueSprint(s.playerId(), s.period(), s.startedAt(), s.endedAt(),
                        Double.parseDouble(Float.toString((float) s.peakSpeed()))))
                .sorted(BY_PLAYER_AND_TIME).toList());
    }

    /** A matchday's tracking is its matches' frames interleaved by time, several matches at once. */
    @Test
    void aMatchdaysMatchesAreInterleavedByTime() {
        SeasonGenerator season = new SeasonGenerator(5, 2);
        Map<String, Long> perMatch = new TreeMap<>();
        Instant last = Instant.MIN;
        String previous = null;
        int switches = 0;
        for (Iterator<PositionFrame> it = season.tracking(1, 1).iterator(); it.hasNext(); ) {
            PositionFrame frame = it.next();
            assertThat(frame.t()).isAfterOrEqualTo(last);
            assertThat(frame.matchday()).isEqualTo(1);
            last = frame.t();
            switches += previous != null && !previous.equals(frame.matchId()) ? 1 : 0;
            previous = frame.matchId();
            perMatch.merge(frame.matchId(), 1L, Long::sum);
        }
        assertThat(perMatch).hasSize(9).allSatisfy((match, n) -> assertThat(n).isBetween(60L * 92, 60L * 102));
        // five matches kick off together on Saturday afternoon: their frames alternate second by second
        assertThat(switches).isGreaterThan(5 * 60 * 90);
    }

    /** A match with at least one substitution in each half and a sending-off. */
    private static boolean eventful(List<MatchFact> facts) {
        return facts.stream().anyMatch(f -> f.type() == FactType.SENDING_OFF)
                && facts.stream().filter(f -> f.type() == FactType.SUBSTITUTION).map(MatchFact::period)
                .distinct().count() == 2;
    }

    /** Who is on the pitch at {@code t} by the facts: starters, plus who came on, minus who went off, by then. */
    private static Set<String> onPitch(List<MatchFact> facts, Instant t) {
        Set<String> on = new HashSet<>();
        for (MatchFact f : facts) {
            Lineup lineup = f.detailsAs(Lineup.class);
            if (lineup != null) {
                lineup.players().stream().filter(Lineup.LineupPlayer::starting).forEach(p -> on.add(p.playerId()));
            }
            Substitution sub = f.detailsAs(Substitution.class);
            if (sub != null && !f.occurredAt().isAfter(t)) {
                on.remove(sub.playerOutId());
                on.add(sub.playerInId());
            } else if (f.type() == FactType.SENDING_OFF && !f.occurredAt().isAfter(t)) {
                on.remove(f.playerId());
            }
        }
        return on;
    }

    private static String digest(Iterator<PositionFrame> frames) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        frames.forEachRemaining(f -> sha.update(FrameCodec.write(f)));
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}
