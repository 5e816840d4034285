package skill.cli;

import skill.testsupport.TestInfrastructure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.stream.Stream;

/** One run of the skill command line in this JVM, with what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SkillCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** With --bootstrap-servers of the test broker appended. */
    static CliRun onTestBroker(String... args) {
        return run(Stream.concat(Arrays.stream(args),
                Stream.of("--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())).toArray(String[]::new));
    }
}
