/**
 * The reports the import tests feed through every form a report arrives in (PDF layouts, Word files, text
 * with line and page breaks): 流花街 and the two fictional reports, and the import as text they must all
 * match. Shared by tests/browser/import-layouts.test.ts, tests/unit/import-docx.test.ts and
 * tests/unit/import-layout.properties.test.ts.
 */
import { resolve } from 'node:path';
import { importReport } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Each report's text file, by name. */
export const IMPORT_REPORTS = {
  流花街: resolve(ROOT, '../shared/reports/liuhua-2023-2024-final.txt'),
  虚构镇: resolve(ROOT, 'tests/fixtures/import/虚构镇-2024-2025-interim.txt'),
  虚构乙街: resolve(ROOT, 'tests/fixtures/import/虚构乙街-2023-2024-final.txt'),
};

const STATIONS = [{ id: 'liuhua', name: '广州市流花街社工服务站', district: '越秀区' }];

/** A report's import with the shipped rule sets; a failed import fails the test with its message. */
export function imported(source: string) {
  const r = importReport(source, { ruleSets: knownRuleSets(), stations: STATIONS });
  if (!r.ok) throw new Error(r.message);
  return r;
}
