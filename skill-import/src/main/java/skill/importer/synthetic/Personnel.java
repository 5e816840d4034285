package skill.importer.synthetic;

import skill.core.model.FactDetails.SendingOff;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.importer.synthetic.League.Player;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The planned substitutions (three to five per club, nearly all after the break) and the rare sending-off
 * of a match; each happens at the first stoppage after its planned time.
 */
final class Personnel {
    private record Change(int period, double minute, Pitch side, boolean sendingOff) {
    }

    private final MatchLog log;
    private final SplittableRandom random;
    private final List<Change> planned = new ArrayList<>();
    private final List<Instant> periodStarts = new ArrayList<>();

    Personnel(MatchLog log, SplittableRandom random, Pitch home, Pitch away) {
        this.log = log;
        this.random = random;
        for (Pitch side : List.of(home, away)) {
            int substitutions = 3 + random.nextInt(3);
            for (int i = 0; i < substitutions; i++) {
                boolean early = random.nextDouble() < 0.05;
                planned.add(new Change(early ? 1 : 2, early ? 15 + 30 * random.nextDouble()
                        : 8 + 37 * random.nextDouble(), side, false));
            }
            if (random.nextDouble() < 0.065) {
                planned.add(new Change(1 + random.nextInt(2), 45 * random.nextDouble(), side, true));
            }
        }
        planned.sort(Comparator.comparingInt(Change::period).thenComparingDouble(Change::minute));
    }

    void startPeriod(Instant start) {
        periodStarts.add(start);
    }

    /** Carries out every change planned up to {@code t} in the running period. */
    void due(Instant t, int period) {
        Instant start = periodStarts.get(period - 1);
        while (!planned.isEmpty() && planned.get(0).period() <= period
                && !start.plus(Duration.ofSeconds(Math.round(planned.get(0).minute() * 60))).isAfter(t)) {
            Change c = planned.remove(0);
            String club = c.side().club().id();
            if (c.sendingOff()) {
                Player off = c.side().sendOff(random);
                log.action(t, period, FactType.SENDING_OFF, club, off.id(), null, new SendingOff());
            } else {
                Player[] outIn = c.side().substitute(random);
                if (outIn != null) {
                    log.action(t, period, FactType.SUBSTITUTION, club, null, null,
                            new Substitution(outIn[0].id(), outIn[1].id()));
                }
            }
        }
    }
}
