import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync('src/styles/global.css', 'utf8');

/** The --color-* tokens of the first `:root {…}` after `marker`. */
function tokens(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(css.indexOf('{', css.indexOf(':root', start)) + 1);
  const body = block.slice(0, block.indexOf('}'));
  return Object.fromEntries([...body.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = tokens('');
const dark = { ...light, ...tokens('@media (prefers-color-scheme: dark)') };

// Text colours on the backgrounds they are used on.
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['on-accent', 'accent'],
  ['good', 'bg'],
  ['good', 'surface'],
  ['warn', 'bg'],
  ['warn', 'surface'],
  ['text', 'mark'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s colours', (_name, c) => {
  it('has every token the pairs need', () => {
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(c[fg], fg).toMatch(/^#/);
      expect(c[bg], bg).toMatch(/^#/);
    }
  });

  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(c[fg]!, c[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus ring and borders at 3:1 or more against the page (non-text contrast)', () => {
    expect(contrast(c.focus!, c.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.focus!, c.surface!)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.border!, c.bg!)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
