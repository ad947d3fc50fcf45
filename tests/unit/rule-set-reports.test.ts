/**
 * A report scored under each rule set, gz-2023 and the fictional 3-party, 1,000-point set of the test
 * fixtures, through the same steps: the schema and verification, the summary the report page shows,
 * the calculator prefill and the open-data record. What comes out follows the report's own set.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../src/calculator/results.ts';
import { stateFromReport } from '../../src/calculator/from-report.ts';
import { reportRecord } from '../../src/open-data/record.ts';
import { REPORT_FIELDS, REPORT_SUMMARY_COLUMNS } from '../../src/open-data/fields.ts';
import { summarise } from '../../src/reports/summary.ts';
import { figuresMissingFromBody } from '../../src/reports/checks/body.ts';
import { formatHundredths, toHundredths } from '../../src/scoring/index.ts';
import { makeReportSchema } from '../../src/reports/validate.ts';
import type { StationData } from '../../src/schemas/station.ts';
import { gradePositionSentence, retentionVerdict } from '../../src/wording/phrases.ts';
import { fictionalReportBody, fictionalReportData } from '../../tools/fictional-city/index.ts';
import { BOTH_RULE_SETS, withFictional } from '../fixtures/rule-sets.ts';

const schema = makeReportSchema(z.string(), withFictional);
const station = { id: 'xugou-1', data: { name: '虚构甲街社工服务站', district: '虚构区', street: '虚构甲街道' } as unknown as StationData };

describe.each(BOTH_RULE_SETS)('a report scored under %s', (_id, rules) => {
  // A year inside the set's effective period.
  const year = Number(rules.effective.from.slice(0, 4)) + 1;
  const data = () => fictionalReportData(3, 'xugou-1', year, rules);
  const problems = (d: unknown) => {
    const r = schema.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('passes the schema and verification, its body printing every figure', () => {
    const d = data();
    expect(d.rules).toBe(rules.id);
    expect(problems(d)).toEqual([]);
    expect(figuresMissingFromBody(schema.parse(d), fictionalReportBody(d, rules), rules)).toEqual([]);
  });

  it('is checked against the set: maxima, parties, total, grade names and effective period', () => {
    const first = rules.parties[0]!;
    const over = data();
    over.scores[first.id] = first.maxPoints + 1;
    expect(problems(over)).toContainEqual(expect.stringMatching(new RegExp(`^scores\\.${first.id}: .*超过该方满分 ${first.maxPoints} 分`)));
    const wrongTotal = data();
    wrongTotal.scores.total = Number(wrongTotal.scores.total) + 1;
    expect(problems(wrongTotal)).toContainEqual(expect.stringMatching(/^scores\.total: 总分应等于各方得分之和/));
    const foreignGrade = data();
    foreignGrade.scores.grade = '不存在的等级';
    expect(problems(foreignGrade)).toContainEqual(
      `scores.grade: 应为评估规则 ${rules.id} 的等级之一：${rules.bands.map((b) => b.grade).join('、')}`,
    );
    const otherSetsParty = data();
    otherSetsParty.scores.supervisionCentre = 1;
    otherSetsParty.scores.evaluator = 1;
    const ids = new Set(rules.parties.map((p) => p.id));
    for (const id of ['supervisionCentre', 'evaluator'].filter((x) => !ids.has(x))) {
      expect(problems(otherSetsParty)).toContainEqual(expect.stringMatching(new RegExp(`^scores\\.${id}: 评估规则 ${rules.id} 没有评估方`)));
    }
    const early = data();
    early.agreementPeriod = { start: '2010-04-01', end: '2011-03-31' };
    expect(problems(early)).toContainEqual(expect.stringMatching(new RegExp(`^agreementPeriod\\.start: .*${rules.id}`)));
  });

  it('summarises under its set: the set’s parties and maxima, total maximum, grade position and requirement', () => {
    const d = schema.parse(data());
    const s = summarise(d, rules);
    expect(s.rules).toBe(rules);
    expect(s.parties.map((p) => [p.party.id, p.max])).toEqual(rules.parties.map((p) => [p.id, toHundredths(p.maxPoints)]));
    expect(s.totalMax).toBe(toHundredths(rules.totalMax));
    expect(formatHundredths(s.total)).toBe(formatHundredths(toHundredths(d.scores.total)));
    expect(s.position.grade).toBe(d.scores.grade);
    expect(rules.bands.map((b) => b.grade)).toContain(s.position.grade);
    expect(gradePositionSentence(s.position)).toMatch(/^(距“.+”还差 [\d.]+ 分|已是最高等级“.+”)。$/);
    expect(s.retention.requirement).toBe(rules.staffing.retentionMinPercent);
    const verdict = retentionVerdict(rules, s.retention);
    if (rules.staffing.retentionMinPercent === null) {
      expect(s.retention.met).toBeNull();
      expect(verdict).toContain('没有规定最低要求');
    } else {
      expect(verdict).toContain(`不低于 ${rules.staffing.retentionMinPercent}%`);
    }
    expect(s.indicators.every((row) => row.met === row.completed * 100 >= row.target * rules.indicatorMetPercent)).toBe(true);
  });

  it('prefills the calculator under its set, which computes the report’s own total and grade', () => {
    const d = schema.parse(data());
    const state = stateFromReport('xugou-1-x-final', d, rules);
    expect(state.rules).toBe(rules.id);
    expect(Object.keys(state.parties)).toEqual(rules.parties.map((p) => p.id));
    const r = computeResults(state, rules);
    expect(r.errors).toEqual({});
    expect(r.total?.total).toBe(toHundredths(d.scores.total));
    expect(r.total?.position.grade).toBe(d.scores.grade);
  });

  it('gives an open-data record naming its set, with the set’s party scores and requirement', () => {
    const d = schema.parse(data());
    const record = reportRecord('xugou-1-x-final', d, station, rules, new URL('https://example.org/'));
    expect(record.rules).toBe(rules.id);
    expect(record.rulesUrl).toBe(`https://example.org/methodology/${rules.id}/`);
    expect(Object.keys(record.scores).sort()).toEqual([...rules.parties.map((p) => p.id), 'total', 'grade'].sort());
    expect(record.scores.grade).toBe(d.scores.grade);
    expect(record.staffing.retention.requirement).toBe(rules.staffing.retentionMinPercent);
  });
});

describe('open-data field docs', () => {
  it('document rules, rulesUrl and a score field for every party of every shipped rule set', () => {
    const paths = REPORT_FIELDS.map((f) => f.path);
    for (const p of ['rules', 'rulesUrl', 'scores.supervisor', 'scores.purchaser', 'scores.supervisionCentre', 'scores.thirdParty']) {
      expect(paths).toContain(p);
    }
    expect(REPORT_SUMMARY_COLUMNS).toContain('scores.thirdParty');
  });
});
