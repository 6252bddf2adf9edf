// Draws the extension's icon, images/icon.png (128×128): a white quill on a blue rounded square.
// Pure Node (zlib for PNG), so anyone can regenerate it: node scripts/generate/make-icon.mjs
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

const BLUE = [31, 78, 121];
const WHITE = [255, 255, 255];

function insideRoundedSquare(x, y) {
  const r = 24;
  const m = 4;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r);
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= SIZE - m && y >= m && y <= SIZE - m;
}

// The quill lies along the diagonal from bottom-left (nib) to top-right (tip of the vane).
/** Coordinates along (u) and across (v) the quill, origin at the nib. */
function quillSpace(x, y) {
  const dx = x - 30;
  const dy = y - 98;
  return [(dx - dy) / Math.SQRT2, (dx + dy) / Math.SQRT2];
}

function insideQuill(x, y) {
  const [u, v] = quillSpace(x, y);
  // Shaft: a thin line from the nib to the tip.
  if (u >= 0 && u <= 96 && Math.abs(v) <= 1.6) return true;
  // Vane: a leaf shape from u = 14 to u = 96, wider on one side, with a notch cut into it.
  if (u < 14 || u > 96) return false;
  const t = (u - 14) / 82;
  const width = 22 * Math.sin(Math.PI * t ** 0.8);
  const below = v < 0 ? -v <= width * 0.55 : v <= width;
  const notch = Math.abs(u - 46) < 2 && v > width * 0.35;
  return below && !notch;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  row[0] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let bg = 0;
    let fg = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS;
        const py = y + (sy + 0.5) / SS;
        if (insideRoundedSquare(px, py)) {
          bg++;
          if (insideQuill(px, py)) fg++;
        }
      }
    }
    const n = SS * SS;
    const a = bg / n;
    const f = bg ? fg / bg : 0;
    const color = BLUE.map((c, i) => Math.round(c * (1 - f) + WHITE[i] * f));
    row.set([...color, Math.round(a * 255)], 1 + x * 4);
  }
  rows.push(row);
}

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', png);
console.log(`images/icon.png: ${png.length} bytes`);
