/**
 * The open-data form of one service year and stage's ranking (/data/rankings/<year>-<stage>.json and .csv):
 * the shape only. src/across/ranking-data.ts builds it from the rankings; src/open-data/fields.ts documents
 * every field, typed against this shape.
 */
export interface RankingRow {
  /** Rank citywide (ties share a rank: 1, 2, 2, 4). */
  rank: number;
  /** Rank in its district. */
  districtRank: number;
  reportId: string;
  title: string;
  url: string;
  station: { id: string; name: string; district: string };
  rules: string;
  total: number;
  totalMax: number;
  /** total / totalMax, in percent, two decimals. */
  share: number;
  grade: string;
  parties: { id: string; name: string; points: number; max: number }[];
  retention: { rate: number; met: boolean | null };
  belowTarget: number;
}

export interface RankingFile {
  documentation: string;
  serviceYear: string;
  stage: string;
  count: number;
  ruleSets: string[];
  mixedRules: boolean;
  reports: RankingRow[];
}
