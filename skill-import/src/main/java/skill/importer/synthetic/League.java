package skill.importer.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The clubs of one competition of a synthetic season: 18 fictional clubs with squads of 28 (3 goalkeepers,
 * 9 defenders, 9 midfielders, 7 forwards). Abilities vary, so the rankings have leaders worth telling stories
 * about.
 */
public record League(String competition, String season, List<Club> clubs) {
    /** The deployment's default competition (contract §1): generated data lands where a deployment looks first. */
    public static final String DEFAULT_COMPETITION = "BL1";
    private static final String[] CLUBS = {"FC Rheinhafen", "SV Nordmark", "Borussia Talheim", "TSV Eichenau",
            "Eintracht Lindenberg", "VfB Mühlental", "1. FC Steinbrück", "SC Wendland", "Fortuna Hügelsdorf",
            "Union Kranichfeld", "Hertha Seewald", "Alemannia Birkenfeld", "Arminia Falkenau", "Kickers Rosenheide",
            "Viktoria Auenstadt", "Germania Wolfsberg", "Rot-Weiß Heidekamp", "Sportfreunde Bergtal"};
    /** The other competitions' clubs: a random prefix and town each. */
    private static final String[] PREFIXES = {"FC", "SV", "TSV", "VfL", "SC", "SpVgg", "Eintracht", "Fortuna",
            "Union", "Preußen", "Wacker", "Blau-Weiß"};
    private static final String[] TOWNS = {"Moorbach", "Ostenfeld", "Grünau", "Lerchental", "Kesselheim",
            "Brunnwald", "Tannhausen", "Schwanenburg", "Eschweiden", "Rabenstein", "Salzbrück", "Holmsted",
            "Kranzberg", "Sandhagen", "Weidenau", "Ulmenried", "Fichtenbühl", "Dornstadt", "Lohmark", "Espenhain",
            "Kalkreuth", "Haselbach", "Wiesenthal", "Storchnest"};
    private static final String[] FIRST = {"Lukas", "Jonas", "Leon", "Finn", "Niklas", "Tim", "Jan", "Felix",
            "Moritz", "Paul", "Kevin", "Marco", "Florian", "Julian", "Mats", "Yann", "Karim", "Ousmane", "Mateo",
            "Luca", "Kai", "Joshua", "Serge", "Robin", "Dani", "Andrej", "Piotr", "Emre", "Mikkel", "Jeremie",
            "Granit", "Victor", "Hugo", "Nico", "Sandro", "Ritsu", "Maximilian", "Benjamin", "Tom", "Elias"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann",
            "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier",
            "Kaiser", "Fuchs", "Peters", "Yilmaz", "Kowalski", "Nowak", "Haaland", "Diallo", "Traoré", "Silva",
            "Santos", "Fernández", "Rossi", "Jensen", "Nielsen", "Dahl", "Kramer", "Vogel", "Baumann", "Brandt",
            "Sommer", "Winter", "Frank", "Berg", "Roth", "Stein", "Kuhn", "Adeyemi", "Mensah", "Okafor", "Tanaka",
            "Doan", "Petrović"};
    /** Shirt numbers by position in squad order; 28 per club. */
    private static final Position[] SQUAD = {
            Position.GK, Position.GK, Position.GK,
            Position.DF, Position.DF, Position.DF, Position.DF, Position.DF, Position.DF, Position.DF, Position.DF,
            Position.DF,
            Position.MF, Position.MF, Position.MF, Position.MF, Position.MF, Position.MF, Position.MF, Position.MF,
            Position.MF,
            Position.FW, Position.FW, Position.FW, Position.FW, Position.FW, Position.FW, Position.FW};
    private static final int[] SHIRTS = {1, 12, 30, 2, 3, 4, 5, 15, 16, 20, 23, 26, 6, 8, 10, 14, 17, 18, 21, 22,
            24, 7, 9, 11, 19, 27, 29, 33};

    public enum Position { GK, DF, MF, FW }

    public record Club(String id, String name, double strength, List<Player> squad) {
        public List<Player> at(Position position) {
            return squad.stream().filter(p -> p.position() == position).toList();
        }
    }

    /** Abilities are factors around 1: finishing scales goal chances, creativity pass volume, tackling duels. */
    public record Player(String id, String name, int shirtNumber, Position position, double finishing,
                         double creativity, double tackling, double form) {
    }

    /**
     * The default competition keeps the draws and ids ({@code SYN-CLU-01}) the generator always had, so a seed
     * still gives the season it gave; any other draws from its own stream, its ids prefixed with its code
     * ({@code SYN-BL2-CLU-01}) so that no id is shared between competitions.
     */
    public static League of(long seed, String competition, String season) {
        boolean isDefault = competition.equals(DEFAULT_COMPETITION);
        SplittableRandom random = new SplittableRandom(isDefault ? seed : seed * 1_000_003L + competition.hashCode());
        String prefix = isDefault ? "SYN-" : "SYN-" + competition + "-";
        String[] names = isDefault ? CLUBS : otherClubNames(random);
        List<Club> clubs = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            String clubId = prefix + String.format("CLU-%02d", c + 1);
            List<Player> squad = new ArrayList<>();
            for (int i = 0; i < SQUAD.length; i++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                squad.add(new Player(prefix + String.format("PLR-%02d%02d", c + 1, SHIRTS[i]), name, SHIRTS[i],
                        SQUAD[i], ability(random), ability(random), ability(random), random.nextDouble()));
            }
            clubs.add(new Club(clubId, names[c], 0.8 + 0.4 * random.nextDouble(), List.copyOf(squad)));
        }
        return new League(competition, season, List.copyOf(clubs));
    }

    /** As many clubs as the default competition has, in distinct towns. */
    private static String[] otherClubNames(SplittableRandom random) {
        List<String> towns = new ArrayList<>(List.of(TOWNS));
        String[] names = new String[CLUBS.length];
        for (int c = 0; c < names.length; c++) {
            names[c] = PREFIXES[random.nextInt(PREFIXES.length)] + " " + towns.remove(random.nextInt(towns.size()));
        }
        return names;
    }

    /** A factor in [0.5, 1.5], most players near 1. */
    private static double ability(SplittableRandom random) {
        double sum = random.nextDouble() + random.nextDouble() + random.nextDouble();
        return 0.5 + sum / 3;
    }
}
