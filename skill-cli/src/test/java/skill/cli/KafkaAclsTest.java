package skill.cli;

import org.junit.jupiter.api.Test;
import skill.calculators.CalculatorsService;
import skill.calculators.SprintDetectionService;
import skill.core.Topics;
import skill.core.skills.Skill;
import skill.dispatcher.DispatcherService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kafka-acls.sh grants each service's principal what its code uses, by the code's names: topics
 * read and written, consumer groups, transactional ids, the calculators' application ids as prefixes.
 */
class KafkaAclsTest {
    private static final Topics T = Topics.defaults();
    private static final String CALCULATORS = CalculatorsService.DEFAULT_APPLICATION_ID_PREFIX;

    /** One allowed operation on one resource: "Read topic match-facts", "All prefixed topic skill-calculator-". */
    record Grant(String principal, String operation, String pattern, String type, String name) {
        boolean covers(String operation, String type, String name) {
            return this.type.equals(type) && (this.operation.equals(operation) || this.operation.equals("All"))
                    && (pattern.equals("prefixed") ? name.startsWith(this.name) : name.equals(this.name));
        }
    }

    @Test
    void theDispatcherReadsFactsAndWritesUpdatesWithoutTransactions() throws Exception {
        List<Grant> dispatcher = grants("User:skill-dispatcher");
        assertAllowed(dispatcher, "Read", "topic", T.matchFacts());
        assertAllowed(dispatcher, "Write", "topic", T.matchFactUpdates(), T.matchFactsDlq());
        assertAllowed(dispatcher, "Read", "group", DispatcherService.DEFAULT_GROUP_ID);
        // FactDispatcher's producer is idempotent, not transactional: no transactional id to grant.
        assertThat(dispatcher).noneMatch(grant -> grant.type().equals("transactional-id")).hasSize(4);
    }

    @Test
    void theCalculatorsOwnTheirApplicationIdsAndWriteTheRankings() throws Exception {
        List<Grant> calculators = grants("User:skill-calculators");
        assertAllowed(calculators, "Read", "topic", T.matchFactUpdates(), T.matchPositions());
        assertAllowed(calculators, "Write", "topic", T.skillRankings(), T.skillBadgeEvents(), T.skillStandings(),
                T.skillStandingsByMatchday(), T.matchFacts(), T.matchFactsDlq());
        for (String applicationId : List.of(CalculatorsService.applicationId(CALCULATORS, EnumSet.allOf(Skill.class)),
                CalculatorsService.applicationId(CALCULATORS, EnumSet.of(Skill.FINISHER)),
                SprintDetectionService.applicationId(CALCULATORS))) {
            assertAllowed(calculators, "Read", "group", applicationId);
            assertAllowed(calculators, "Delete", "group", applicationId);
            assertAllowed(calculators, "Create", "topic", applicationId + "-lines-by-season-repartition");
            assertAllowed(calculators, "Delete", "topic", applicationId + "-season-lines-changelog");
            assertAllowed(calculators, "Write", "transactional-id", applicationId + "-0b5e-1");
        }
        // The prefix is the application ids' and no topic of the contract's.
        assertThat(T.config().values()).noneMatch(topic -> topic.startsWith(CALCULATORS + "-"));
    }

    @Test
    void theApiOnlyReadsItsThreeTopics() throws Exception {
        assertThat(grants("User:skill-api")).extracting(g -> g.operation() + " " + g.type() + " " + g.name())
                .containsExactlyInAnyOrder("Read topic " + T.skillStandings(), "Read topic " + T.skillStandingsByMatchday(),
                        "Read topic " + T.skillBadgeEvents());
    }

    @Test
    void theTopicsJobCreatesEveryTopicAndNothingElse() throws Exception {
        List<Grant> topics = grants("User:skill-topics");
        assertAllowed(topics, "Create", "topic", T.config().values().toArray(String[]::new));
        assertAllowed(topics, "Describe", "topic", T.config().values().toArray(String[]::new));
        assertThat(topics).hasSize(2 * T.config().size());
    }

    private static void assertAllowed(List<Grant> grants, String operation, String type, String... names) {
        for (String name : names) {
            assertThat(grants).as("%s %s %s", operation, type, name).anyMatch(g -> g.covers(operation, type, name));
        }
    }

    /** The principal's grants, from the commands the script prints with --dry-run and the default names. */
    private static List<Grant> grants(String principal) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", DeploymentFiles.ROOT.resolve("deploy/kafka-acls.sh").toString(),
                "--dry-run").redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("SKILL_") || k.endsWith("_PRINCIPAL"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        List<Grant> grants = new ArrayList<>();
        for (String line : out.lines().toList()) {
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            assertThat(words.subList(0, 2)).as(line).containsExactly("kafka-acls.sh", "--add");
            if (!principal.equals(words.get(words.indexOf("--allow-principal") + 1))) {
                continue;
            }
            String pattern = words.contains("--resource-pattern-type") ? words.get(words.indexOf("--resource-pattern-type") + 1) : "literal";
            Set<String> operations = values(words, "--operation");
            for (String type : List.of("topic", "group", "transactional-id")) {
                for (String name : values(words, "--" + type)) {
                    operations.forEach(op -> grants.add(new Grant(principal, op, pattern, type, name)));
                }
            }
        }
        return grants;
    }

    private static Set<String> values(List<String> words, String option) {
        return IntStream.range(0, words.size() - 1).filter(i -> words.get(i).equals(option))
                .mapToObj(i -> words.get(i + 1)).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
