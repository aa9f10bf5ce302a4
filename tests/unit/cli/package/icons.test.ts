import UPNG from '@pdf-lib/upng';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS_DIR } from '../../../../src/cli/package/build-package';
import { ACCENT_COLOR, ALL_ICONS } from '../../../../src/cli/package/icons';

/** The committed icons, decoded by a PNG library (pdf-lib's, which embeds PNGs): sizes and the platform's colour rules. */
function load(file: string) {
  const bytes = readFileSync(join(ASSETS_DIR, file));
  const png = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const [rgba] = UPNG.toRGBA8(png);
  return { width: png.width, height: png.height, pixels: new Uint8Array(rgba ?? new ArrayBuffer(0)) };
}
const pixel = (image: ReturnType<typeof load>, x: number, y: number) =>
  Array.from(image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('the icons', () => {
  it.each(ALL_ICONS.map((icon) => [icon.file, icon] as const))('%s in assets/ is a square PNG of its size', (file, icon) => {
    const image = load(file);
    expect([image.width, image.height]).toEqual([icon.size, icon.size]);
    expect(image.pixels.length).toBe(icon.size * icon.size * 4);
  });

  it('outline icon is white on transparent', () => {
    const outline = load('icon-outline.png');
    expect(pixel(outline, 0, 0)[3]).toBe(0);
    let opaque = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3] === 0) continue;
      opaque++;
      expect(Array.from(outline.pixels.subarray(i, i + 3))).toEqual([255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(100);
  });

  it('colour icon is the white mark on the accent colour', () => {
    const color = load('icon-color.png');
    const accent = [1, 3, 5].map((i) => Number.parseInt(ACCENT_COLOR.slice(i, i + 2), 16));
    expect(pixel(color, 96, 20)).toEqual([...accent, 255]); // background above the sheet
    expect(pixel(color, 96, 70)).toEqual([255, 255, 255, 255]); // the sheet's header bar
  });
});
