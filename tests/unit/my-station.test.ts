// 我的社工站's stored value: nothing, a station id, or corrupt (cleared by the home page).
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedStation } from '../../src/site/my-station.ts';

describe('readSavedStation', () => {
  it('nothing stored is nothing saved', () => {
    expect(readSavedStation(null)).toEqual({ kind: 'none' });
  });

  it('every station id of the content reads back as saved', () => {
    const ids = readdirSync('content/stations').map((f) => f.replace(/\.yaml$/, ''));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(readSavedStation(id)).toEqual({ kind: 'saved', id });
  });

  it('anything that is not an id is corrupt: JSON, spaces, markup, empty, too long', () => {
    for (const raw of ['', '{"id":"liuhua"}', 'liu hua', '<img>', '-liuhua', 'a'.repeat(101), 'LIUHUA']) {
      expect(readSavedStation(raw)).toEqual({ kind: 'corrupt' });
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const read = readSavedStation(raw);
        return read.kind === 'corrupt' || (read.kind === 'saved' && read.id === raw && /^[a-z0-9_-]+$/.test(raw));
      }),
    );
  });
});
