package skill.importer.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The clubs of a synthetic season: 18 fictional clubs with squads of 28 (3 goalkeepers, 9 defenders,
 * 9 midfielders, 7 forwards). Abilities vary, so the rankings have leaders worth telling stories about.
 */
public record League(String competition, String season, List<Club> clubs) {
    static final String COMPETITION = "SYN";
    private static final String[] CLUBS = {"FC Rheinhafen", "SV Nordmark", "Borussia Talheim", "TSV Eichenau",
            "Eintracht Lindenberg", "VfB Mühlental", "1. FC Steinbrück", "SC Wendland", "Fortuna Hügelsdorf",
            "Union Kranichfeld", "Hertha Seewald", "Alemannia Birkenfeld", "Arminia Falkenau", "Kickers Rosenheide",
            "Viktoria Auenstadt", "Germania Wolfsberg", "Rot-Weiß Heidekamp", "Sportfreunde Bergtal"};
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

    public static League of(long seed, String season) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Club> clubs = new ArrayList<>();
        for (int c = 0; c < CLUBS.length; c++) {
            String clubId = String.format("SYN-CLU-%02d", c + 1);
            List<Player> squad = new ArrayList<>();
            for (int i = 0; i < SQUAD.length; i++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                squad.add(new Player(String.format("SYN-PLR-%02d%02d", c + 1, SHIRTS[i]), name, SHIRTS[i], SQUAD[i],
                        ability(random), ability(random), ability(random), random.nextDouble()));
            }
            clubs.add(new Club(clubId, CLUBS[c], 0.8 + 0.4 * random.nextDouble(), List.copyOf(squad)));
        }
        return new League(COMPETITION, season, List.copyOf(clubs));
    }

    /** A factor in [0.5, 1.5], most players near 1. */
    private static double ability(SplittableRandom random) {
        double sum = random.nextDouble() + random.nextDouble() + random.nextDouble();
        return 0.5 + sum / 3;
    }
}
