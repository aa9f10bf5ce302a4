import { deflateSync, inflateSync } from 'node:zlib';

/**
 * A minimal PNG codec for our own icons: 8-bit RGBA, non-interlaced, filter 0 on every row.
 * Enough to draw the app icons without an image library and to check them in tests.
 */

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width * height * 4 bytes, straight (not premultiplied) alpha. */
  readonly pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_RGBA = 6;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) throw new Error(`Expected ${width * height * 4} bytes of RGBA, got ${pixels.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = COLOR_TYPE_RGBA;
  // compression 0, filter method 0, no interlace: bytes 10..12 stay 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

/** Reads the IHDR chunk of any PNG. */
export function readPngHeader(png: Uint8Array): PngHeader {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file');
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf.readUInt8(24), colorType: buf.readUInt8(25) };
}

/** Decodes a PNG written by `encodePng` (RGBA, 8 bit, filter 0); refuses anything else. */
export function decodeOwnPng(png: Uint8Array): RgbaImage {
  const header = readPngHeader(png);
  if (header.bitDepth !== 8 || header.colorType !== COLOR_TYPE_RGBA) throw new Error('Only 8-bit RGBA PNGs are supported');
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * 4;
  const pixels = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const row = y * (stride + 1);
    if (raw[row] !== 0) throw new Error(`Row ${y} uses PNG filter ${raw[row]}; only filter 0 is supported`);
    pixels.set(raw.subarray(row + 1, row + 1 + stride), y * stride);
  }
  return { width: header.width, height: header.height, pixels };
}
