// @ts-check
// A small .xlsx reader for the data tests, independent of the pipeline's (read-excel-file): the
// zip's central directory, zlib for the entries, regular expressions over the sheet XML.
import { inflateRawSync } from 'node:zlib';

/**
 * The workbook's files by name.
 * @param {Buffer} bytes
 * @returns {Map<string, string>}
 */
function unzip(bytes) {
  const files = new Map();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let entry = bytes.readUInt16LE(end + 10); entry > 0; entry -= 1) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

/** @param {string} xml */
const unescape = (xml) =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Every sheet as rows of cell texts (numbers as written in the XML), by sheet name.
 * @param {Buffer} bytes
 * @returns {Map<string, string[][]>}
 */
export function readWorkbook(bytes) {
  const files = unzip(bytes);
  const strings = [
    ...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => unescape(m[1]));
  const workbook = files.get('xl/workbook.xml') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
  const sheets = new Map();
  for (const sheet of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(
      `Id="${sheet[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${sheet[2]}"`,
    ).exec(rels);
    const path = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
    const xml = files.get(path) ?? '';
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const cells = [];
      for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const column = [...cell[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const value = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1];
        const inline = /<is>([\s\S]*?)<\/is>/.exec(cell[3] ?? '')?.[1];
        cells[column] = /t="s"/.test(cell[2])
          ? strings[Number(value)]
          : inline !== undefined
            ? unescape(inline)
            : value === undefined
              ? ''
              : unescape(value);
      }
      return Array.from(cells, (cell) => cell ?? '');
    });
    sheets.set(sheet[1].replace(/&amp;/g, '&'), rows);
  }
  return sheets;
}
