package st.libreho.directory.internal.interop;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns the bytes fetched from a logo address into the PNG the platform serves. The type is read from the bytes, never
 * from what the server claims; only PNG, JPEG and GIF are taken (an SVG could carry script, and HTML is no image), an
 * image of absurd dimensions is refused before it is decoded, and the result is drawn anew and scaled to fit
 * {@value #MAX_SIDE} pixels, so that nothing of the original file but its pixels is ever served.
 */
public final class LogoImages {

    /** What a logo may weigh as fetched. */
    public static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_SIDE = 256;
    private static final long MAX_PIXELS = 25_000_000L;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

    private LogoImages() {
    }

    /** The logo as a PNG of at most {@value #MAX_SIDE} pixels a side, or empty if the bytes are no usable image. */
    public static Optional<byte[]> asPng(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return Optional.empty();
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(png(scaled(reader.read(0))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double ratio = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(image.getHeight() * ratio));
        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = drawn.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return drawn;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
