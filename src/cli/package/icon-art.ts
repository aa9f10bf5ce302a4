import type { RgbaImage } from './png';

/**
 * The Sekretariat mark, drawn from a few shapes in a unit square: a calendar sheet (frame, header
 * bar, two rings) with a check mark — "the meeting, approved". Anti-aliased by 4x4 supersampling.
 */

export const ACCENT_COLOR = '#1F5E7A';

type Shape = (x: number, y: number) => boolean;

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };

/** A line segment with round caps, `r` its half-width. */
const capsule =
  (ax: number, ay: number, bx: number, by: number, r: number): Shape =>
  (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const dx = x - (ax + t * vx);
    const dy = y - (ay + t * vy);
    return dx * dx + dy * dy <= r * r;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

const STROKE = 0.055;
const sheetOuter = roundedRect(0.22, 0.28, 0.78, 0.8, 0.08);
const sheetInner = roundedRect(0.22 + STROKE, 0.28 + STROKE, 0.78 - STROKE, 0.8 - STROKE, 0.08 - STROKE);

export const MARK: Shape = union(
  minus(sheetOuter, sheetInner),
  roundedRect(0.22, 0.28, 0.78, 0.42, 0.08), // header bar
  capsule(0.36, 0.2, 0.36, 0.33, 0.035), // rings
  capsule(0.64, 0.2, 0.64, 0.33, 0.035),
  capsule(0.36, 0.61, 0.46, 0.7, 0.04), // check mark
  capsule(0.46, 0.7, 0.65, 0.51, 0.04),
);

export const BACKGROUND: Shape = roundedRect(0, 0, 1, 1, 0.22);

const SUBSAMPLES = 4;

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size)) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Full-colour icon: the white mark on a rounded square in the accent colour. */
export function drawColorIcon(size: number, accent = ACCENT_COLOR): RgbaImage {
  const [r, g, b] = hexToRgb(accent);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bg = coverage(BACKGROUND, x, y, size);
      const mark = coverage(MARK, x, y, size);
      const at = (y * size + x) * 4;
      pixels[at] = Math.round(r + (255 - r) * mark);
      pixels[at + 1] = Math.round(g + (255 - g) * mark);
      pixels[at + 2] = Math.round(b + (255 - b) * mark);
      pixels[at + 3] = Math.round(255 * Math.max(bg, mark));
    }
  }
  return { width: size, height: size, pixels };
}

/** The mark scaled about its centre, so it can fill an icon that has no background. */
const zoomed =
  (shape: Shape, factor: number, cx = 0.5, cy = 0.49): Shape =>
  (x, y) =>
    shape(cx + (x - cx) / factor, cy + (y - cy) / factor);

/** Outline icon as Teams wants it: white on transparent, the mark filling the square. */
export function drawOutlineIcon(size: number): RgbaImage {
  const mark = zoomed(MARK, 1.35);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const at = (y * size + x) * 4;
      pixels.fill(255, at, at + 3);
      pixels[at + 3] = Math.round(255 * coverage(mark, x, y, size));
    }
  }
  return { width: size, height: size, pixels };
}
