package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.importer.MatchEnvelope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One entry of a StatsBomb matches file.
 *
 * @param kickOff match_date and kick_off read as UTC: the specification names no zone, and the times in
 *                our data fit neither UTC nor Berlin time consistently, so we take them as written
 */
record SbMatch(MatchEnvelope envelope, String homeTeamId, String homeTeamName, String awayTeamId,
               String awayTeamName, Instant kickOff) {
    /** StatsBomb competition ids as the contract's short codes; others keep StatsBomb's name. */
    private static final Map<Integer, String> COMPETITIONS = Map.of(9, "BL1");

    static SbMatch of(JsonNode match) {
        JsonNode competition = match.path("competition");
        String code = COMPETITIONS.getOrDefault(competition.path("competition_id").asInt(),
                SbJson.text(competition, "competition_name"));
        MatchEnvelope envelope = new MatchEnvelope(code,
                MatchEnvelope.season(SbJson.text(match.path("season"), "season_name")),
                match.path("match_week").asInt(), SbJson.text(match, "match_id"));
        String kickOff = SbJson.text(match, "kick_off");
        Instant at = LocalDate.parse(SbJson.text(match, "match_date"))
                .atTime(kickOff == null ? LocalTime.MIDNIGHT : LocalTime.parse(kickOff)).toInstant(ZoneOffset.UTC);
        JsonNode home = match.path("home_team");
        JsonNode away = match.path("away_team");
        return new SbMatch(envelope, SbJson.text(home, "home_team_id"), SbJson.text(home, "home_team_name"),
                SbJson.text(away, "away_team_id"), SbJson.text(away, "away_team_name"), at);
    }
}
