package skill.testsupport;

/** How to connect to one PostgreSQL database. */
public record DatabaseCoordinates(String jdbcUrl, String username, String password) {
}
