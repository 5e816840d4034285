package skill.calculators.streams;

import skill.core.standings.Standings;

/** The standings after one matchday (key {season}|{SKILL}|{matchday}); null retracts them. */
record StandingsAsOf(Standings standings) {
}
