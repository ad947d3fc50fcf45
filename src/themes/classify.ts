/**
 * Which themes a finding raises, and, across reports, which reports raise each theme as 值得肯定 and as
 * 需要关注. Pure: the points come from src/reports/findings.ts, the rules from ./themes.ts.
 */
import { OTHER_THEME, THEMES, type Theme } from './themes.ts';

/** The themes a point's text mentions, in the list's order; 其他 when none. */
export function classify(text: string, themes: readonly Theme[] = THEMES): Theme[] {
  const found = themes.filter((t) => t.words.some((w) => text.includes(w)));
  return found.length > 0 ? found : [OTHER_THEME];
}

export interface ReportPoints {
  id: string;
  points: readonly { kind: 'positive' | 'concern'; text: string }[];
}

export interface ThemeTally {
  theme: Theme;
  /** Reports with at least one point of this kind in the theme, in the order given. */
  positive: string[];
  concern: string[];
  /** Points in the theme, of both kinds. */
  points: number;
}

/** Every theme (其他 last), with the reports that raise it; a theme no report raises is listed with none. */
export function tallyThemes(reports: readonly ReportPoints[], themes: readonly Theme[] = THEMES): ThemeTally[] {
  const tallies = new Map<string, ThemeTally>([...themes, OTHER_THEME].map((theme) => [theme.id, { theme, positive: [], concern: [], points: 0 }]));
  for (const r of reports) {
    const seen = new Set<string>();
    for (const p of r.points) {
      for (const t of classify(p.text, themes)) {
        const tally = tallies.get(t.id)!;
        tally.points++;
        const key = `${t.id} ${p.kind}`;
        if (!seen.has(key)) {
          seen.add(key);
          tally[p.kind].push(r.id);
        }
      }
    }
  }
  return [...tallies.values()];
}
