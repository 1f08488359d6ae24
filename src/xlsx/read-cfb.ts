/**
 * Just enough of the Compound File Binary format (OLE2, [MS-CFB]) to tell what an OLE2 file is:
 * an Excel 97-2003 workbook (a "Workbook" or "Book" stream) or a password-protected .xlsx (an
 * encrypted OOXML package is a CFB holding "EncryptionInfo" and "EncryptedPackage" streams).
 * Only the directory entry names are read; nothing is decrypted or inflated.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export type CfbKind = 'encrypted-ooxml' | 'xls' | 'other';

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;

export function hasCfbMagic(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** Names of the directory entries, following the directory's sector chain through the FAT. */
export function cfbEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) return [];
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize);
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;

  // The FAT is spread over the sectors the header's DIFAT lists (enough for files up to ~7 MB
  // with 512-byte sectors; beyond that, entries not found here fall back to the name scan).
  const fatSectors: number[] = [];
  const fatSectorCount = view.getUint32(0x2c, true);
  for (let i = 0; i < Math.min(fatSectorCount, HEADER_DIFAT_ENTRIES); i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector === FREE_SECTOR || sector >= sectorCount) break;
    fatSectors.push(sector);
  }
  const entriesPerSector = sectorSize / 4;
  const nextSector = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerSector)];
    if (fatSector === undefined) return END_OF_CHAIN;
    return view.getUint32(sectorOffset(fatSector) + (sector % entriesPerSector) * 4, true);
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  // A corrupt FAT may loop: never visit more sectors than the file holds.
  for (let visited = 0; sector < sectorCount && visited <= sectorCount; visited++) {
    const start = sectorOffset(sector);
    for (let offset = start; offset + DIRECTORY_ENTRY_BYTES <= start + sectorSize; offset += DIRECTORY_ENTRY_BYTES) {
      const nameBytes = view.getUint16(offset + 0x40, true);
      const type = bytes[offset + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(offset + i, true));
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

/** True when the UTF-16LE text occurs anywhere in the file (fallback for damaged directories). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + j * 2] !== text.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export function classifyCfb(bytes: Uint8Array): CfbKind {
  const names = new Set(cfbEntryNames(bytes));
  const kind = kindOf((name) => names.has(name));
  // A damaged or very large directory may hide the names: look for them anywhere in the file.
  return kind === 'other' ? kindOf((name) => containsUtf16(bytes, name)) : kind;
}

function kindOf(has: (name: string) => boolean): CfbKind {
  if (has('EncryptedPackage') || has('EncryptionInfo')) return 'encrypted-ooxml';
  if (has('Workbook') || has('Book')) return 'xls';
  return 'other';
}
