/**
 * One report file's problems as the build prints them: the checks are src/reports/validate.ts's; here each
 * problem gets the file line of its field (or its own line, for the body's MDX) and is told once.
 */
import { reportFileProblems } from '../reports/validate.ts';
import { fieldPath, lineFinder, type ContentProblem } from './problems.ts';

export function checkReportFile(file: string, source: string, data: unknown, stationExists: (id: string) => boolean): ContentProblem[] {
  const line = lineFinder(source, true);
  const seen = new Set<string>();
  const out: ContentProblem[] = [];
  for (const problem of reportFileProblems(source, data, stationExists)) {
    const field = fieldPath(problem.path);
    if (problem.line !== undefined) {
      out.push({ file, line: problem.line, field, message: problem.message });
      continue;
    }
    // Checks can reach the same words for one field (a 待核对 marker or a missing field is said the same
    // way whatever found it): one line is enough.
    const key = `${field}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, line: line(problem.path), field, message: problem.message });
  }
  return out;
}
