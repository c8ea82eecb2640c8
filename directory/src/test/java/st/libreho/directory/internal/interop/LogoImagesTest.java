package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class LogoImagesTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aLargePhotoBecomesASmallPng() throws IOException {
        byte[] png = LogoImages.asPng(image("jpeg", 1200, 600)).orElseThrow();

        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage logo = read(png);
        assertEquals(256, logo.getWidth());
        assertEquals(128, logo.getHeight());
    }

    @Test
    void aSmallImageKeepsItsSize() throws IOException {
        BufferedImage logo = read(LogoImages.asPng(image("gif", 64, 32)).orElseThrow());

        assertEquals(64, logo.getWidth());
        assertEquals(32, logo.getHeight());
    }

    @Test
    void whatIsNoPngJpegOrGifIsRefusedWhateverItsServerSaid() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assertTrue(LogoImages.asPng(svg.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(LogoImages.asPng("<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(LogoImages.asPng(new byte[0]).isEmpty());
    }

    @Test
    void anImageOfAbsurdDimensionsIsRefusedBeforeItIsDecoded() {
        // a PNG header claiming 100,000 by 100,000 pixels, and no pixels: decoding it would take gigabytes
        ByteBuffer header = ByteBuffer.allocate(8 + 25);
        header.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(100_000)
                .putInt(100_000).put(new byte[] { 8, 2, 0, 0, 0 }).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        header.putInt(13).put(ihdr).putInt((int) crc.getValue());

        assertTrue(LogoImages.asPng(header.array()).isEmpty());
    }
}
