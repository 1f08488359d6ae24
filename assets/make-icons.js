#!/usr/bin/env node
/**
 * Draws Planifica's add-in icons (a green sheet with a white check) as PNG files, with no image
 * library: a tiny PNG encoder on top of node's zlib. The PNGs are committed; run this only to
 * change the design: `node assets/make-icons.js`.
 * Sizes: 16, 32, 80 (ribbon, also 20/24/40/48 scale from them), 64 (add-in list), 128 (store).
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The shape in unit coordinates (0..1): which colour a point has, or null (transparent). */
function shade(x, y) {
  const margin = 0.06;
  const radius = 0.16;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return null; // outside the rounded square
  const check =
    Math.min(distanceToSegment(x, y, 0.27, 0.53, 0.44, 0.7), distanceToSegment(x, y, 0.44, 0.7, 0.75, 0.31)) < 0.075;
  if (check) return WHITE;
  // Faint grid lines: the sheet.
  const onGrid = [0.36, 0.64].some((g) => Math.abs(x - g) < 0.012 || Math.abs(y - g) < 0.012);
  return onGrid ? [56, 150, 96] : GREEN;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = shade((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const i = (y * size + x) * 4;
      const covered = sum[3];
      if (covered === 0) continue;
      rgba[i] = Math.round(sum[0] / covered);
      rgba[i + 1] = Math.round(sum[1] / covered);
      rgba[i + 2] = Math.round(sum[2] / covered);
      rgba[i + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  return encodePng(size, rgba);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
