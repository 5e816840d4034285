package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import skill.api.readmodel.CompetitionSeason;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.model.MatchFact;

import java.util.List;
import java.util.TreeSet;

/**
 * Which competition and season a request is about (contract §5): the competition parameter, else the
 * deployment's default (the one the dispatcher gives facts that name none); the season parameter, else
 * that competition's latest. A competition is known once it has standings; the default always is, so
 * that a fresh deployment answers with empty rankings rather than 404s.
 */
@Singleton
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
class Competitions {
    private final StandingsReadModel model;
    private final String defaultCompetition;

    Competitions(StandingsReadModel model,
                 @Value("${" + ConfigKeys.DEFAULT_COMPETITION + ":" + MatchFact.DEFAULT_COMPETITION + "}")
                 String defaultCompetition) {
        this.model = model;
        this.defaultCompetition = defaultCompetition;
    }

    String defaultCompetition() {
        return defaultCompetition;
    }

    /** The default and every competition with standings, by name. */
    List<String> known() {
        TreeSet<String> known = new TreeSet<>(model.competitions());
        known.add(defaultCompetition);
        return List.copyOf(known);
    }

    /** @throws HttpStatusException 400 for a malformed competition, 404 for an unknown one */
    String competition(String requested) {
        if (requested == null) {
            return defaultCompetition;
        }
        String competition = ApiParams.competition(requested);
        if (!competition.equals(defaultCompetition) && model.seasons(competition).isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND,
                    "Unknown competition '" + competition + "'; known are " + String.join(", ", known()));
        }
        return competition;
    }

    /** The season is null while the competition has none. */
    CompetitionSeason of(SeasonQuery query) {
        String c = competition(query.competition());
        String season = query.season();
        return new CompetitionSeason(c, season == null ? model.latestSeason(c).orElse(null) : ApiParams.season(season));
    }
}
