import sharp from "sharp";

/** A solid-colour test image made with sharp, optionally carrying EXIF with a GPS position. */
export async function makeImage(
  format: "jpeg" | "png" | "webp" | "gif",
  width: number,
  height: number,
  options: { withGps?: boolean } = {},
): Promise<Buffer> {
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 164, g: 22, b: 26 } },
  });
  if (options.withGps) {
    image = image.withExif({
      IFD0: { Make: "SecretCam", Artist: "Photographer Name" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "53/1 54/1 0/1" },
    });
  }
  return image.toFormat(format).toBuffer();
}
