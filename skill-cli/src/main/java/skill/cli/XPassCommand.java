package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skill.core.xpass.XPassResource;
import skill.importer.xpass.XPassFitter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

/** The xPass model (docs/xpass.md): {@code xpass fit} rebuilds its coefficients from StatsBomb passes. */
@Command(name = "xpass", mixinStandardHelpOptions = true, description = "The pass-completion model (xPass).",
        subcommands = XPassCommand.Fit.class)
class XPassCommand {

    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = "Fit the xPass model on a StatsBomb open-data folder, write it and print the "
                    + "held-out evaluation.")
    static class Fit implements Callable<Integer> {
        static final Path DEFAULT_OUT = Path.of("skill-core/src/main/resources/xpass/xpass-model.json");

        @Parameters(index = "0", description = "A StatsBomb open-data folder (matches, events).")
        Path folder;

        @Option(names = "--out", description = "Where to write the model (default: ${DEFAULT-VALUE}, the "
                + "committed resource, from the project root).")
        Path out = DEFAULT_OUT;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder.resolve("events"))) {
                throw new IllegalArgumentException(folder + " is not a StatsBomb open-data folder (no events/)");
            }
            XPassResource model = XPassFitter.fit(folder, LocalDate.now(ZoneOffset.UTC));
            XPassFitter.write(model, out);
            System.out.printf("Wrote the xPass model to %s.%n%n%s", out, XPassFitter.report(model));
            return 0;
        }
    }
}
