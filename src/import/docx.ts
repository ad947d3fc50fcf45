/**
 * A Word file's text as the importer reads text: one paragraph a block with a blank line between, a
 * manual line break (Shift+Enter) as a line break inside its paragraph (soft, like a wrap), a table one
 * row a paragraph with its cells in order, and the numbers Word's list feature draws (“1.”, “（1）”,
 * “一、”) written out from numbering.xml, as a reader sees them. Pure over the XML parts; reading the zip
 * is read.ts's job.
 */

export interface DocxParts {
  document: string;
  numbering?: string | null;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** numId → levels (from its abstract numbering, with the num's start overrides). */
export function readNumbering(xml: string | null | undefined): Map<string, Map<number, Level>> {
  const out = new Map<string, Map<number, Level>>();
  if (!xml) return out;
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2]!;
      const val = (name: string) => attr(new RegExp(`<w:${name}\\b[^>]*>`).exec(body)?.[0] ?? '', 'w:val');
      levels.set(Number(attr(l[1]!, 'w:ilvl') ?? 0), { start: Number(val('start') ?? 1), format: val('numFmt') ?? 'decimal', text: decode(val('lvlText') ?? '') });
    }
    abstract.set(attr(m[1]!, 'w:abstractNumId') ?? '', levels);
  }
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1]!, 'w:numId') ?? '';
    const abs = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2]!)?.[0] ?? '', 'w:val') ?? '';
    const levels = new Map([...(abstract.get(abs) ?? new Map<number, Level>())].map(([k, v]) => [k, { ...v }]));
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2]!)?.[0] ?? '', 'w:val');
      const level = levels.get(Number(attr(o[1]!, 'w:ilvl') ?? 0));
      if (start !== undefined && level) level.start = Number(start);
    }
    out.set(id, levels);
  }
  return out;
}

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chinese(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  return String(n);
}
function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A list number in Word's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
      return chinese(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** The text of document.xml, with list numbers, line breaks and table rows. */
export function docxText(parts: DocxParts): string {
  const numbering = readNumbering(parts.numbering);
  const counters = new Map<string, number[]>();
  const blocks: string[] = [];
  let para: string | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  let inText = false;
  let tableDepth = 0;
  let cell: string[] = [];
  let row: string[] = [];

  const number = (): string => {
    if (numId === null || numId === '0') return '';
    const levels = numbering.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return '';
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numId, count);
    if (level.format === 'bullet') return '- ';
    if (level.format === 'none') return '';
    const text = level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatNumber(count[i] ?? levels.get(i)?.start ?? 1, levels.get(i)?.format ?? 'decimal');
    });
    // “1.” and “1)” are followed by a space in text; “一、” and “（1）” are not.
    return /[.)]$/.test(text) ? `${text} ` : text;
  };
  const endParagraph = (text: string) => {
    if (tableDepth > 0) cell.push(text.trim());
    else if (text.trim() !== '') blocks.push(text.trim());
  };

  for (const m of parts.document.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, name, attrs = '', selfClose, text] = m;
    if (text !== undefined) {
      if (inText && para !== null) para += decode(text);
      continue;
    }
    const opening = !close;
    switch (name) {
      case 'w:p':
        if (opening && !selfClose) {
          para = '';
          numId = null;
          ilvl = 0;
        } else if (close && para !== null) {
          endParagraph(number() + para);
          para = null;
        } else if (selfClose && tableDepth > 0) cell.push('');
        break;
      case 'w:t':
        inText = opening && !selfClose;
        break;
      case 'w:tab':
        if (para !== null && opening) para += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        // A manual line break (or a page break inside a paragraph) ends a line, not the paragraph.
        if (para !== null && opening) para += '\n';
        break;
      case 'w:numId':
        if (opening) numId = attr(attrs, 'w:val') ?? null;
        break;
      case 'w:ilvl':
        if (opening) ilvl = Number(attr(attrs, 'w:val') ?? 0);
        break;
      case 'w:tbl':
        tableDepth += opening ? 1 : -1;
        break;
      case 'w:tr':
        if (opening) row = [];
        else if (tableDepth === 1) {
          const line = row.filter((c) => c !== '').join(' ');
          if (line !== '') blocks.push(line);
        }
        break;
      case 'w:tc':
        if (opening) cell = [];
        else row.push(cell.filter(Boolean).join(' '));
        break;
    }
  }
  return blocks.join('\n\n');
}
