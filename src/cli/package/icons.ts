import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './icon-art';
import { encodePng } from './png';
import type { RgbaImage } from './png';

/** Every icon the app ships, as files in `assets/`. Regenerate with `sekretariat icons`. */
export interface IconSpec {
  readonly file: string;
  readonly size: number;
  readonly draw: () => RgbaImage;
}

export const COLOR_ICON: IconSpec = { file: 'icon-color.png', size: 192, draw: () => drawColorIcon(192) };
export const OUTLINE_ICON: IconSpec = { file: 'icon-outline.png', size: 32, draw: () => drawOutlineIcon(32) };

/** Sizes used on the Outlook ribbon (16, 32, 80 are required; 64 for high DPI) and 128 for high-resolution uses. */
export const RIBBON_ICON_SIZES = [16, 32, 64, 80] as const;
const EXTRA_SIZES = [128] as const;

export const ribbonIconFile = (size: number): string => `icon-${size}.png`;

export const ALL_ICONS: readonly IconSpec[] = [
  COLOR_ICON,
  OUTLINE_ICON,
  ...[...RIBBON_ICON_SIZES, ...EXTRA_SIZES].map((size) => ({ file: ribbonIconFile(size), size, draw: () => drawColorIcon(size) })),
];

/** Writes every icon into `dir`; returns the paths written. */
export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ALL_ICONS.map((icon) => {
    const path = join(dir, icon.file);
    writeFileSync(path, encodePng(icon.draw()));
    return path;
  });
}
