package skill.cli;

import skill.importer.ImportProblems;

import java.io.PrintWriter;

/** The end of an import or replay: what was skipped and why; exit code 1 when anything was. */
final class Summary {
    private Summary() {
    }

    static int skipped(ImportProblems problems, PrintWriter out) {
        if (problems.isEmpty()) {
            out.flush();
            return 0;
        }
        out.printf("Skipped %d unreadable input(s), everything else was published:%n", problems.skipped().size());
        problems.skipped().forEach(s -> out.printf("  %s%n", s));
        out.flush();
        return 1;
    }
}
