package dev.baton.processes.internal.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Samples;
import dev.baton.processes.internal.Layout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngDiagramTests {

    private final ProcessDocument leads = Samples.document("lead-management");

    @Test
    void theImageIsTheLayoutsSizeWithTheLegendUnderneath() throws IOException {
        byte[] png = PngDiagram.render(leads);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Layout layout = Layout.of(leads);

        assertThat(image.getWidth()).isEqualTo(layout.width());
        assertThat(image.getHeight()).isEqualTo(layout.height() + Legend.HEIGHT);
        // Kept beside the build's output, to be looked at.
        Files.createDirectories(Path.of("target/diagrams"));
        Files.write(Path.of("target/diagrams/lead-management.png"), png);
        Files.write(Path.of("target/diagrams/lead-management@2x.png"), PngDiagram.render(leads, 2));
        Files.writeString(Path.of("target/diagrams/lead-management.svg"), SvgDiagram.render(leads));
    }

    @Test
    void everyLaneHasItsNameAndItsStepsDrawnInIt() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngDiagram.render(leads)));
        Layout layout = Layout.of(leads);

        for (Layout.LaneBox lane : layout.lanes()) {
            int header = Style.rgb(Palette.header(lane.lane().kind()));
            int row = Style.rgb(Palette.row(lane.lane().kind()));
            // Inside the border: the lane's name in the header, its steps in the row.
            assertThat(inked(image, 2, lane.y() + 2, Layout.HEADER - 2, lane.y() + lane.height() - 2, header)).as(lane.lane().name())
                    .isGreaterThan(50);
            assertThat(inked(image, Layout.HEADER + 2, lane.y() + 2, lane.width() - 2, lane.y() + lane.height() - 2, row))
                    .as(lane.lane().name()).isGreaterThan(500);
        }
    }

    @Test
    void aSharperImageIsTwiceTheSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngDiagram.render(leads, 2)));
        Layout layout = Layout.of(leads);

        assertThat(image.getWidth()).isEqualTo(layout.width() * 2);
        assertThat(image.getHeight()).isEqualTo((layout.height() + Legend.HEIGHT) * 2);
    }

    @Test
    void halfWrittenAndWrongDocumentsStillDraw() throws IOException {
        for (ProcessDocument document : OddDocuments.halfWritten()) {
            assertThat(ImageIO.read(new ByteArrayInputStream(PngDiagram.render(document)))).as(String.valueOf(document)).isNotNull();
        }
        for (ProcessDocument document : OddDocuments.random(40, 11)) {
            assertThat(ImageIO.read(new ByteArrayInputStream(PngDiagram.render(document)))).as(String.valueOf(document)).isNotNull();
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(PngDiagram.render(null)))).isNotNull();
    }

    /** How many pixels in the rectangle are not the background colour. */
    private static int inked(BufferedImage image, int x1, int y1, int x2, int y2, int background) {
        int count = 0;
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                if ((image.getRGB(x, y) & 0xffffff) != background) {
                    count++;
                }
            }
        }
        return count;
    }
}
