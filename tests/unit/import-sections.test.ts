// Each section reader of the importer (src/import/sections/) on its own, on a few lines of the template:
// what it reads, the line it read it from, and the marker it writes when the section does not say.
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/import/draft.ts';
import { splitReport } from '../../src/import/document.ts';
import { readBasics } from '../../src/import/sections/basics.ts';
import { sections } from '../../src/import/sections/context.ts';
import { readCover } from '../../src/import/sections/cover.ts';
import { readDates } from '../../src/import/sections/dates.ts';
import { readHotline } from '../../src/import/sections/hotline.ts';
import { readIndicators } from '../../src/import/sections/indicators.ts';
import { readKeyFigures } from '../../src/import/sections/key-figures.ts';
import { readPopulation } from '../../src/import/sections/population.ts';
import { readScores } from '../../src/import/sections/scores.ts';
import { readStaffing } from '../../src/import/sections/staffing.ts';
import { readZones } from '../../src/import/sections/zones.ts';
import { GZ_2023 } from '../fixtures/rule-sets.ts';

const TITLE = '广州市虚构丙街社工服务站 末期评估报告';
/** A report text: the title, cover lines, then the given body paragraphs (blank-line separated), after 三 chapters. */
const report = (cover: string[], ...body: string[]) =>
  [TITLE, ...cover, '一、社工站基本情况', ...body, '二、其他', '三、其他'].join('\n\n');
const read = (text: string) => sections(splitReport(text));
const data = (s: ReturnType<typeof read>) => plain(s.draft.data) as Record<string, any>;

describe('section readers', () => {
  it('readCover: stage, station name and the four parties; a text without a report title is not a report', () => {
    const s = read(report(['项目监督方：广州市虚构区民政局', '项目购买方：广州市虚构区虚构丙街道办事处', '项目承办方：虚构机构', '项目评估方：广州市社会工作协会']));
    expect(readCover(s)).toEqual({ stationName: '广州市虚构丙街社工服务站', fatal: null });
    expect(data(s)).toMatchObject({ stage: '末期', parties: { supervisor: '广州市虚构区民政局', purchaser: '广州市虚构区虚构丙街道办事处', operator: '虚构机构', evaluator: '广州市社会工作协会' } });
    expect(readCover(read(report([]).replace(TITLE, '会议纪要'))).fatal).toContain('这不是一份评估报告');
  });

  it('readBasics: sites, since when, agreement period and service year, funding, model', () => {
    const s = read(report([], '社工站分别位于虚构路 1 号、虚构街 2 号，自 2019 年起由虚构机构承接运营。本年度服务协议期自 2023 年 4 月 1 日至 2024 年 3 月 31 日，年度项目服务经费为 180.5 万元。社工站按照“双百工程”模式开展服务。'));
    readBasics(s);
    expect(data(s)).toMatchObject({
      sites: [{ address: '虚构路 1 号' }, { address: '虚构街 2 号' }],
      operatingSince: 2019,
      agreementPeriod: { start: '2023-04-01', end: '2024-03-31' },
      serviceYear: '2023-2024',
      fundingWanYuan: 180.5,
      serviceModel: '双百工程',
    });
  });

  it('readDates: the evaluation date from the cover, the period evaluated; no signature → a marker', () => {
    const s = read(report(['评估日期：2024年3月15日'], '本次评估考核期为 2023 年 4 月 1 日至 2024 年 2 月 29 日，共计 11 个考核月份。'));
    readDates(s);
    expect(data(s)).toMatchObject({ evaluationDate: '2024-03-15', evaluationPeriod: { start: '2023-04-01', end: '2024-02-29', months: 11 } });
    expect(data(s).reportDate).toMatch(/^待核对：报告中找不到报告末尾评估方署名下的日期/);
  });

  it('readZones: each 片区 with its communities, checked against the number stated', () => {
    const s = read(report([], '划分了 3 个片区开展服务。各社工点分片情况如下：\n东片区：甲社区、乙社区；\n西片区：丙社区。'));
    readZones(s);
    expect(data(s).zones).toBe('待核对：报告写划分了 3 个片区，列出的片区有 2 个');
  });

  it('readHotline: a number only where its own clause prints one', () => {
    const s = read(report([], '社工站运营“虚构守护”热线，其中一条热线是社工站座机 020-0000 0002，一条热线手机 24 小时开通。社工站有 3 名社工党员。'));
    readHotline(s);
    expect(data(s)).toMatchObject({ hotline: { name: '虚构守护', lines: [{ kind: '座机', number: '020-0000 0002' }, { kind: '手机', hours: '24 小时开通', number: null }] }, partyMembers: 3 });
  });

  it('readScores: the rule set from 二、（五）, the scores and grade from 七、, checked', () => {
    const text = [
      TITLE, '一、基本情况', '二、评估办法', '（五）评估结果说明',
      '评估总分为100分，其中，项目监督方评估分值占比10%，项目购买方评估分值占比20%，市督导中心评估分值占比15%，第三方评估机构评估分值占55%。',
      '评估分值 90 分以上为优秀，80 分至 90 分（不含 90 分）为良好，60 分至 80 分（不含 80 分）为合格，60 分以下（不含 60 分）为不合格。',
      '七、评估结果', '1.监督方评估 得分：9.00 分', '2.购买方评估 得分：18.00 分', '3.督导中心评估 得分：13.00 分', '4.第三方评估 得分：50.00 分', '以上四项总得分：90.00 分 等级：良好',
    ].join('\n\n');
    const s = read(text);
    expect(readScores(s, [GZ_2023]).ruleSet?.id).toBe('gz-2023');
    expect(data(s).scores).toMatchObject({ supervisor: 9, purchaser: 18, supervisionCentre: 13, thirdParty: 50, total: 90, grade: '待核对：等级报告写 良好，总分 90.00 按规则为 优秀' });
  });

  it('readStaffing: counts, the sum checked, 稳岗率 with its posts derived when not printed', () => {
    const s = read(report([], '社工站共配备 10 名持证社工，2 名非持证社工，共计 12 名社工。评估期内共计 9 名社工持续稳定在岗，人员稳岗率为 75.00%。'));
    readStaffing(s);
    expect(data(s).staffing).toMatchObject({ certifiedStaff: 10, uncertifiedStaff: 2, totalStaff: 12, retention: { stableStaff: 9, requiredPosts: 12, requiredPostsDerived: true, statedRate: 75 } });
  });

  it('readIndicators and readPopulation and readKeyFigures: names without lead-ins, counts, and the figures that are not repeats', () => {
    const text = [
      TITLE, '一、基本情况', '二、其他', '六、第三方专业评估', '（二）社工站总体服务开展情况', '1.项目执行与服务成效', '值得肯定的地方：',
      '（1）辖内有低保 10 人、残疾人 20 人，去重之后困难群众和特殊群体合计 25 人。评估期内培育社区志愿者 40 人，建档 30 份。',
      '2.服务指标完成情况', '本评估期内建档 30 份，完成协议指标量的 100.00%。',
    ].join('\n\n');
    const s = read(text);
    const names = readIndicators(s);
    const population = readPopulation(s);
    readKeyFigures(s, names, population);
    expect([...names]).toEqual(['建档']);
    expect(population).toEqual({ total: 25, categories: ['低保', '残疾人'] });
    // 建档 repeats an indicator, the population counts repeat 困难群众: only the volunteers are a key figure.
    expect(data(s).keyFigures).toEqual([{ theme: '志愿服务', label: '培育社区志愿者', value: 40, unit: '人' }]);
  });
});
