/**
 * The icons the app ships are the PNG files in `assets/`: they are the source (edit them in an image editor at these
 * sizes; tests/unit/cli/package/icons.test.ts checks sizes and colours). The package and the manifest name them here.
 */
export interface IconSpec {
  readonly file: string;
  readonly size: number;
}

/** The colour icon's background; the manifest gives Teams the same colour to show around it. */
export const ACCENT_COLOR = '#1F5E7A';

export const COLOR_ICON: IconSpec = { file: 'icon-color.png', size: 192 };
/** White on transparent, as Teams requires of the outline icon. */
export const OUTLINE_ICON: IconSpec = { file: 'icon-outline.png', size: 32 };

/** Sizes used on the Outlook ribbon (16, 32, 80 are required; 64 for high DPI) and 128 for high-resolution uses. */
export const RIBBON_ICON_SIZES = [16, 32, 64, 80] as const;
const EXTRA_SIZES = [128] as const;

export const ribbonIconFile = (size: number): string => `icon-${size}.png`;

export const ALL_ICONS: readonly IconSpec[] = [
  COLOR_ICON,
  OUTLINE_ICON,
  ...[...RIBBON_ICON_SIZES, ...EXTRA_SIZES].map((size) => ({ file: ribbonIconFile(size), size })),
];
