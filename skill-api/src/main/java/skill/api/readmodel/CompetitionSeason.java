package skill.api.readmodel;

/**
 * What a ranking is of: one competition's season (BL2 2023-24). Rankings of two never mix, and a
 * player who changed competition has a standing in each with what he did there.
 *
 * @param season null where the competition has no season yet
 */
public record CompetitionSeason(String competition, String season) {

    /** "BL2 2023-24", or "BL2" without a season; for messages. */
    @Override
    public String toString() {
        return season == null ? competition : competition + " " + season;
    }
}
