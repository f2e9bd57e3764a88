package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Decoding and pixel counting for the image tests. */
final class ImageChecks {
    private ImageChecks() {
    }

    /** Decodes PNG bytes with ImageIO, failing the test when they are not an image. */
    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("decodable PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels of exactly {@code colour} in the rectangle [x0, x1) × [y0, y1). */
    static int count(BufferedImage image, Color colour, int x0, int y0, int x1, int y1) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    static int count(BufferedImage image, Color colour) {
        return count(image, colour, 0, 0, image.getWidth(), image.getHeight());
    }

    /** Share of pixels that are not white. */
    static double inked(BufferedImage image) {
        return 1.0 - (double) count(image, Color.WHITE) / ((long) image.getWidth() * image.getHeight());
    }

    /** Bounding box {minX, minY, maxX, maxY} of the pixels of {@code colour}, or null. */
    static int[] bounds(BufferedImage image, Color colour) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b[2] < 0 ? null : b;
    }
}
