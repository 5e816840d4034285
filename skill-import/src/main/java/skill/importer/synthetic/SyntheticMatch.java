package skill.importer.synthetic;

import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.importer.Stamp;
import skill.importer.synthetic.Fixtures.Fixture;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One synthetic match as a live feed delivers it: the MATCH fact at kick-off (LIVE), again at the second
 * half's start and at the final whistle (FINISHED, higher versions), both lineups, then the actions, with
 * an occasional xG correction (same factId, version 2) or a retracted action (deleted, version 2) a little
 * later. Depends only on the seed and the fixture, so any match can be generated on its own.
 */
public final class SyntheticMatch {
    private final Fixture fixture;
    private final SplittableRandom random;

    public SyntheticMatch(Fixture fixture, long seed) {
        this.fixture = fixture;
        // String.hashCode is specified, so the per-match seed is the same on every JVM.
        this.random = new SplittableRandom(seed * 1_000_003L + fixture.matchId().hashCode());
    }

    /** The facts in the order the feed publishes them. */
    public List<MatchFact> facts() {
        MatchLog log = new MatchLog(fixture.envelope());
        String matchId = log.envelope().matchId();
        Instant kickOff = fixture.kickOff();
        Instant firstEnd = kickOff.plus(Duration.ofMinutes(45)).plusSeconds(60 + random.nextInt(240));
        Instant secondStart = firstEnd.plus(Duration.ofMinutes(15));
        Instant secondEnd = secondStart.plus(Duration.ofMinutes(45)).plusSeconds(120 + random.nextInt(360));

        Pitch home = new Pitch(fixture.home(), random);
        Pitch away = new Pitch(fixture.away(), random);
        matchInfo(log, 1, kickOff, MatchInfo.Status.LIVE, List.of(new MatchInfo.Period(1, kickOff, null)));
        for (Pitch side : List.of(home, away)) {
            log.publish(kickOff, log.envelope().fact(new Stamp(matchId + "/lineup/" + side.club().id(), kickOff,
                    null, 0L, null), FactType.LINEUP, side.club().id(), null, new Lineup(side.lineup())));
        }
        Personnel personnel = new Personnel(log, random, home, away);
        personnel.startPeriod(kickOff);
        new PeriodPlay(log, random, personnel, 1, kickOff, firstEnd).play(home, away);
        matchInfo(log, 2, secondStart, MatchInfo.Status.LIVE, List.of(new MatchInfo.Period(1, kickOff, firstEnd),
                new MatchInfo.Period(2, secondStart, null)));
        personnel.startPeriod(secondStart);
        new PeriodPlay(log, random, personnel, 2, secondStart, secondEnd).play(away, home);
        matchInfo(log, 3, secondEnd, MatchInfo.Status.FINISHED, List.of(new MatchInfo.Period(1, kickOff, firstEnd),
                new MatchInfo.Period(2, secondStart, secondEnd)));
        revise(log);
        return log.inPublicationOrder();
    }

    /** The MATCH fact keeps its id and kick-off time; each update is a new version. */
    private void matchInfo(MatchLog log, int version, Instant publishedAt, MatchInfo.Status status,
                           List<MatchInfo.Period> periods) {
        MatchFact f = log.envelope().fact(new Stamp(log.envelope().matchId(), fixture.kickOff(), null, 0L, null),
                FactType.MATCH, null, null, new MatchInfo(fixture.home().id(), fixture.away().id(),
                        fixture.home().name(), fixture.away().name(), status, periods));
        log.publish(publishedAt, f.withVersion(version));
    }

    /** About one shot in twelve gets its xG corrected, about one pass in 250 and one duel in 100 is retracted. */
    private void revise(MatchLog log) {
        for (MatchFact f : log.facts()) {
            if (f.version() != 1 || f.deleted()) {
                continue;
            }
            Shot shot = f.detailsAs(Shot.class);
            if (shot != null && !shot.ownGoal() && shot.setPiece() != SetPiece.PENALTY
                    && random.nextDouble() < 0.08) {
                double xG = Math.round(Math.min(0.95, Math.max(0.01,
                        shot.xGoals() + (random.nextDouble() - 0.5) * 0.1)) * 1000) / 1000.0;
                log.publish(f.occurredAt().plusSeconds(60 + random.nextInt(240)), 
                        log.envelope().fact(Stamp.of(f), f.type(), f.teamId(), f.playerId(), new Shot(xG,
                                shot.outcome(), shot.setPiece(), false, shot.assistFactId())).withVersion(2));
            } else if ((f.type() == FactType.PASS && random.nextDouble() < 0.004)
                    || (f.type() == FactType.DUEL && random.nextDouble() < 0.01)) {
                log.publish(f.occurredAt().plusSeconds(20 + random.nextInt(70)),
                        log.envelope().deletion(Stamp.of(f), f.type(), 2, f.teamId(), f.playerId()));
            }
        }
    }
}
