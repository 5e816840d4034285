package skill.calculators.streams;

import skill.core.skills.PlayerMatchLine;

/** A player's line in one match changed, or was removed ({@code line} null), for one season. */
record LineUpdate(String season, String matchId, String playerId, PlayerMatchLine line) {
}
