package skill.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import skill.core.SharedData;
import skill.core.xpass.XPassModel;
import skill.core.xpass.XPassResource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `skill xpass fit` rebuilds the committed xPass model from the StatsBomb data (docs/xpass.md). */
class XPassCommandTest {

    @Test
    void fitWritesTheCommittedModel(@TempDir Path dir) throws Exception {
        Path data = SharedData.require("statsbomb/bundesliga-2023-24");
        Path out = dir.resolve("xpass-model.json");

        int exit = new CommandLine(new SkillCli()).execute("xpass", "fit", data.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        try (InputStream in = Files.newInputStream(out)) {
            XPassResource written = XPassResource.read(in);
            XPassResource committed = XPassModel.standard().resource();
            assertThat(written.heldOutMatches()).isEqualTo(committed.heldOutMatches());
            assertThat(written.variants().get(0).heldOut().auc())
                    .isEqualTo(committed.variants().get(0).heldOut().auc());
        }
    }

    @Test
    void aFolderWithoutEventsIsRefused(@TempDir Path dir) {
        int exit = new CommandLine(new SkillCli()).execute("xpass", "fit", dir.toString(), "--out",
                dir.resolve("m.json").toString());
        assertThat(exit).isNotZero();
        assertThat(dir.resolve("m.json")).doesNotExist();
    }
}
