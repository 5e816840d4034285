package skill.importer.synthetic;

import skill.importer.synthetic.Fixtures.Fixture;
import skill.importer.synthetic.League.Club;
import skill.importer.synthetic.League.Player;
import skill.importer.synthetic.League.Position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Players who change competition mid-season, so that a player has matches in two competitions of one season
 * (the contract ranks him in each with what he did there): at the winter break, for each division below the
 * top, the best-form forward and midfielder of random clubs join random clubs of the division above on loan
 * for the rest of the season, under the lowest shirt number free there. Deterministic by seed.
 */
final class Loans {
    private static final List<Position> LOANED = List.of(Position.FW, Position.MF);

    private final int fromMatchday;
    private final Map<String, Club> afterWinter = new HashMap<>();

    /** @param leagues top division first; one league, no loans */
    Loans(long seed, List<League> leagues, int fromMatchday) {
        this.fromMatchday = fromMatchday;
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + "loans".hashCode());
        for (int i = 1; i < leagues.size(); i++) {
            for (Position position : LOANED) {
                Club from = current(pick(leagues.get(i), random));
                Club to = current(pick(leagues.get(i - 1), random));
                Player player = from.at(position).stream().max(Comparator.comparingDouble(Player::form)).orElseThrow();
                afterWinter.put(from.id(), new Club(from.id(), from.name(), from.strength(),
                        from.squad().stream().filter(p -> !p.id().equals(player.id())).toList()));
                int shirt = IntStream.iterate(1, n -> n + 1)
                        .filter(n -> to.squad().stream().noneMatch(p -> p.shirtNumber() == n)).findFirst()
                        .orElseThrow();
                List<Player> squad = new ArrayList<>(to.squad());
                squad.add(new Player(player.id(), player.name(), shirt, player.position(), player.finishing(),
                        player.creativity(), player.tackling(), player.form()));
                afterWinter.put(to.id(), new Club(to.id(), to.name(), to.strength(), List.copyOf(squad)));
            }
        }
    }

    /** The fixture with both squads as they are on its matchday. */
    Fixture squadsOf(Fixture fixture) {
        if (fixture.matchday() < fromMatchday) {
            return fixture;
        }
        return new Fixture(fixture.competition(), fixture.season(), fixture.matchday(), current(fixture.home()),
                current(fixture.away()), fixture.kickOff());
    }

    private Club current(Club club) {
        return afterWinter.getOrDefault(club.id(), club);
    }

    private static Club pick(League league, SplittableRandom random) {
        return league.clubs().get(random.nextInt(league.clubs().size()));
    }
}
