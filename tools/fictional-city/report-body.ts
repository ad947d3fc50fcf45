// The text of fictional reports. Like a real report, a body prints the figures its frontmatter states (the
// build checks they match: src/reports/verify-text.ts), so a generated report passes the build's verification.
import { formatHundredths, ruleSetById, toHundredths, type RuleSet } from '../../src/scoring/index.ts';
import { concern, findings, positive } from './findings.ts';
import { mdx } from './mdx.ts';
import type { Random } from './random.ts';
import type { CityReportData, ReportData } from './report-data.ts';
import { GZ_2023 } from './rule-sets.ts';
import type { CityStation } from './stations.ts';

const two = (n: number) => formatHundredths(toHundredths(n));
const zh = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};

/**
 * A city report's body: the real report's sections (基本情况 … 附件), about as long as it, with findings
 * drawn from `r` and set in the station's own communities and roads.
 */
export function cityReportBody(r: Random, station: CityStation, { data, counts, more }: CityReportData): string {
  const since = data.operatingSince;
  const year = Number(data.serviceYear.slice(0, 4));
  const { start, end } = data.agreementPeriod;
  const months = data.evaluationPeriod.months;
  const s = data.staffing;
  const { categories, deduplicatedTotal, over60 } = data.population;
  const { volunteers, posts, calls, wishes, resources } = counts;
  const allCommunities = station.zones.flatMap((z) => z.communities);
  const ctx = () => ({ community: r.pick(allCommunities), road: r.pick(station.roads), street: station.street });
  return [
    '## 一、社工站基本情况',
    '',
    `${station.name}（以下简称“社工站”）位于${station.sites.join('、')}，自 ${since} 年起由${station.operator}承接运营。经${data.parties.purchaser}采购，本年度服务协议期自 ${zh(start)}至 ${zh(end)}，年度项目服务经费为 ${data.fundingWanYuan} 万元。社工站本年度按照“双百工程”模式，根据辖区实际情况和购买方需求，划分了 ${station.zones.length} 个片区，为 ${allCommunities.length} 个社区（村）开展社会工作专业服务。`,
    '',
    '## 二、评估依据、评估原则及评估办法',
    '',
    '### （一）评估依据',
    '',
    '根据虚构市社工服务站管理办法及其配套文件的要求，同时结合社工站项目承办方与项目购买方签订的服务合同，通过听取介绍、实地观察、查阅资料、面谈、服务对象满意度调查等方式，对社工站项目管理、服务开展情况、服务成效等三大方面进行评估。',
    '',
    '### （二）评估原则',
    '',
    '1. 真实诚信原则。项目运营方应以实事求是的态度对待评估，提供能够真实、客观反映项目运营状况的依据和资料，以供评估小组考察。',
    '2. 客观公正原则。评委恪守客观公正的第三方评估者角色，不受委托方和被评估方利害关系的影响，依据事实给出客观、中肯的评价意见。',
    '3. 证据为本原则。项目运营方应提供有事实依据的证明资料或记录；评委以真实有效的工作记录为依据，对原始资料进行必要的核查验证。',
    '4. 以评促进原则。评委本着提高项目运营质量、优化服务成效的目标实施评估，评估意见应具体、清晰、可行，能够指导项目团队持续改善。',
    '5. 回避监督原则。评委与被评估方有利益关系或冲突的均应回避；被评估方有权监督评估工作，并有权提出合理异议或回避要求。',
    '6. 保密尊重原则。评委应尊重和保护评估中接触到的服务对象隐私，并尊重被评估方的原创性专业技术和方法成果，依法负有保密职责。',
    '',
    '### （三）评估团队',
    '',
    `受${data.parties.supervisor}委托，${data.parties.evaluator}负责本年度社工站购买服务项目第三方专业评估工作，组织专家评委专项评估小组，于${zh(data.evaluationDate)}到${station.name}进行现场评估。`,
    '',
    '### （四）评估方式',
    '',
    '1. 听取介绍。由社工站项目负责人介绍社工站的运营及服务情况、各项指标完成情况。',
    '2. 实地观察。观察社工站硬件建设情况，评估其设施开展专业服务的适宜性。',
    '3. 查阅资料。查阅社工站运营管理制度及专业服务记录等资料。',
    '4. 现场沟通。与承办机构管理人员、项目负责人及一线社工访谈，了解相关情况。',
    '5. 线上访谈。通过电话访问、派发问卷了解服务对象的满意度，听取服务对象的建议和意见。',
    '6. 总结反馈。评估团队对评估进行总结，向社工站反馈评估情况，并听取购买方的意见和建议。',
    '',
    '### （五）评估结果说明',
    '',
    '社工站项目评估分值由四方评估分数的总和确定。评估总分为100分，其中，项目监督方（区民政局）评估分值占比10%，项目购买方（镇人民政府/街道办事处）评估分值占比20%，市督导中心评估分值占比15%，第三方评估机构评估分值占55%。',
    '',
    '评估等级分为优秀、良好、合格、不合格四个等级。评估分值 90 分以上为优秀，80 分至 90 分（不含 90 分）为良好，60 分至 80 分（不含 80 分）为合格，60 分以下（不含 60 分）为不合格。',
    '',
    `## 三、监督方评估（${data.parties.supervisor}）`,
    '',
    ...findings('positive', Array.from({ length: r.int(2, 4) }, () => positive(r, ctx()))),
    ...findings('concern', Array.from({ length: r.int(1, 2) }, () => concern(r, ctx()))),
    `## 四、购买方评估（${data.parties.purchaser}）`,
    '',
    ...findings('positive', Array.from({ length: r.int(2, 4) }, () => positive(r, ctx()))),
    ...findings('concern', Array.from({ length: r.int(1, 3) }, () => concern(r, ctx()))),
    '## 五、督导中心评估',
    '',
    ...findings('positive', Array.from({ length: r.int(2, 4) }, () => positive(r, ctx()))),
    ...findings('concern', Array.from({ length: r.int(2, 3) }, () => concern(r, ctx()))),
    '## 六、第三方专业评估',
    '',
    '### （一）项目管理',
    '',
    `社工站本年度协议期是${zh(start)}至${zh(end)}，本次评估考核期为${zh(start)}至${zh(data.evaluationPeriod.end)}，共计${months}个考核月份。`,
    '',
    ...findings('positive', [
      `在人员配备方面，截至评估末月，社工站共配备${s.certifiedStaff}名持证社工，${s.uncertifiedStaff}名非持证社工，共计${s.totalStaff}名社工。在人员到岗方面，本评估期内，社工应到岗${s.attendance.expected}人次，实到岗${s.attendance.actual}人次，超配${two(s.attendance.statedSurplus)}人次；其中，持证社工应到岗${s.certifiedAttendance.expected}人次，实到岗${s.certifiedAttendance.actual}人次，超配${two(s.certifiedAttendance.statedSurplus)}人次。`,
      `在人员资质方面，服务团队配备的${s.certifiedStaff}名持证社工中，${s.intermediateCertified}人持中级社工师证，${s.assistantCertified}人持助理社工师证；共有 ${s.experiencedStaff} 名社工从业 2 年以上，从业 2 年以上社工累计到岗人次为 ${s.experiencedAttendance.personMonths} 人次，占社工总到岗人次的 ${two(s.experiencedAttendance.statedShare)}%。`,
      positive(r, ctx()),
    ]),
    ...findings('concern', [
      `承接机构和社工站应关注人员稳定性问题，评估期内共计 ${s.retention.stableStaff} 名社工持续稳定在岗，人员稳岗率为 ${two(s.retention.statedRate)}%，${toHundredths(s.retention.statedRate) >= 8000 ? '符合' : '不符合'}评估指标体系关于人员稳岗率不低于 80%的要求。${concern(r, ctx())}`,
    ]),
    '### （二）社工站总体服务开展情况',
    '',
    '#### 1. 项目执行与服务成效',
    '',
    ...findings(
      'positive',
      [
        `社工站年度总目标是“党建引领、多元参与、共建共享、美丽${station.street.replace(/^虚构|街道$|镇$/g, '')}”，通过多方联动方式摸排了辖内 ${deduplicatedTotal} 名困难群众和特殊群体，为其建档并开展探访等服务。在党建工作方面，社工站有 ${data.partyMembers} 名社工党员，与社区、机团单位、学校等党组织建立共建关系。${positive(r, ctx())}`,
        `辖内有${categories.map((c) => `${c.name}${c.count}人`).join('、')}，去重之后困难群众和特殊群体合计${deduplicatedTotal}人，其中超过60岁的有${over60}人。${positive(r, ctx())}`,
        `评估期内培育社区志愿者 ${volunteers} 人，通过公众号发布推文 ${posts} 篇，热线拨出电话超过 ${calls} 条，实现困境人群“微心愿”超过 ${wishes} 个，资源汇集折合人民币价值超过 ${resources} 万元。${positive(r, ctx())}`,
        ...Array.from({ length: r.int(3, 4) }, () => positive(r, ctx()) + positive(r, ctx())),
        // The real report's other key figures, and about as much text again as it has beyond the lines above.
        `社工站培育志愿者骨干 ${more.backbone} 人，新增志愿者团队 ${more.newTeams} 个，维系活跃志愿者团队 ${more.activeTeams} 支。在社工服务宣传工作方面，评估期内在视频号发布视频 ${more.videos} 个，获市级以上媒体报道以及在有关期刊发表相关论文等共计 ${more.media} 篇，获服务对象赠送锦旗 ${more.banners} 面，各类社区活动超过 ${more.events} 场。${positive(more.text, ctx())}${positive(more.text, ctx())}`,
      ],
      true,
    ),
    ...findings('concern', Array.from({ length: r.int(2, 3) }, () => concern(r, ctx()) + concern(r, ctx())), true),
    '#### 2. 服务指标完成情况',
    '',
    `评估期末月，社工站投入符合资质的社工 ${s.totalStaff} 名。本评估期${data.indicators.map((i) => `${i.name}${i.completed}${i.unit}，完成协议指标量的${two(i.statedRate)}%`).join('；')}。（以上数据统计共计 ${months} 个考核月份，由社工服务站提供，各片区指标完成情况见附件 1）`,
    '',
    '### （三）各社工点服务开展情况',
    '',
    `社工站本年度划分了${station.zones.length}个片区开展社会工作专业服务。各社工点分片情况如下：`,
    '',
    ...station.zones.map((z, i) => `- ${z.name}：${z.communities.join('、')}${i === station.zones.length - 1 ? '。' : '；'}`),
    '',
    ...station.zones.flatMap((z, i) => {
      const here = () => ({ community: r.pick(z.communities), road: r.pick(station.roads), street: station.street });
      const zone = more.zones[i]!;
      const there = () => ({ community: more.text.pick(z.communities), road: more.text.pick(station.roads), street: station.street });
      return [
        `#### ${i + 1}. ${z.name}社工点服务情况`,
        '',
        ...findings(
          'positive',
          [
            ...Array.from({ length: r.int(3, 4) }, () => positive(r, here())),
            `本评估期内，片区共开展 ${zone.events} 场活动、${zone.groups} 个小组，链接物资折合人民币价值 ${zone.goods} 万余元。${positive(more.text, there())}`,
          ],
          true,
        ),
        ...findings('concern', [...Array.from({ length: r.int(1, 3) }, () => concern(r, here())), concern(more.text, there())], true),
      ];
    }),
    '## 七、评估结果',
    '',
    '### （一）评估分数',
    '',
    `1. 购买方评估 得分：${two(data.scores.purchaser)} 分`,
    `2. 监督方评估 得分：${two(data.scores.supervisor)} 分`,
    `3. 督导中心评估 得分：${two(data.scores.supervisionCentre)} 分`,
    `4. 第三方评估 得分：${two(data.scores.thirdParty)} 分`,
    '',
    `以上四项总得分：${two(data.scores.total)} 分 等级：${data.scores.grade}`,
    '',
    '### （二）重点存在问题',
    '',
    ...Array.from({ length: 3 }, (_, i) => `${i + 1}. ${concern(r, ctx())}`),
    '',
    '## 八、结语',
    '',
    `${station.name}在${data.parties.supervisor}、${data.parties.purchaser}的支持下，进驻辖区服务${year + 1 - since}年。${positive(r, ctx())}${positive(r, ctx())}`,
    '',
    `下一步，${concern(r, ctx())}${concern(r, ctx())}`,
    '',
    '## 附件',
    '',
    `1. ${station.name}购买服务项目指标完成情况统计表`,
    `2. ${station.name}购买服务项目社工到岗情况统计表`,
    '',
  ].join('\n');
}

/**
 * A numbered report's text. Like a real report it prints the figures its frontmatter states, and it is
 * about as long as one: a few thousand characters in numbered sections. `rules`: the report's rule set,
 * when the registry does not have it (the fictional set of the test fixtures).
 */
export function fictionalReportBody(data: ReportData, rules: RuleSet = ruleSetById(String(data.rules)) ?? GZ_2023): string {
  const s = data.scores as Record<string, number | string>;
  const st = data.staffing;
  const indicators = data.indicators as { name: string; completed: number; statedRate: number; unit: string }[];
  const filler = (topic: string) =>
    `本段为基准测试生成的虚构文字，用于模拟评估报告中关于${topic}的叙述篇幅。社工站围绕${topic}开展服务，` +
    `评估小组通过查阅资料、现场观察和访谈了解情况，并提出改进建议。以上内容均为虚构，不代表任何真实社工站。`;
  return [
    '## 一、社工站基本情况',
    '',
    filler('基本情况'),
    '',
    '## 二、评估依据及办法',
    '',
    ...[1, 2, 3].map((i) => `${i}. ${filler(`评估原则第 ${i} 条`)}`),
    '',
    '## 三、监督方评估',
    '',
    '<Findings kind="positive">',
    '',
    `1. ${filler('配合重点工作')}`,
    `2. ${filler('数据报送')}`,
    '',
    '</Findings>',
    '',
    '## 四、服务情况',
    '',
    `社工站共有 ${String(st.totalStaff)} 名社工，其中${String(st.retention.stableStaff)}名社工持续稳定在岗，稳岗率为 ${two(Number(st.retention.statedRate))}%。`,
    '',
    ...indicators.map((row) => `- ${row.name}：完成 ${row.completed} ${row.unit}，完成率 ${two(row.statedRate)}%。`),
    '',
    filler('服务成效'),
    '',
    '## 五、评估结果',
    '',
    rules.parties.map((p) => `${p.fullName}评估得分 ${two(Number(s[p.id]))} 分，`).join('') +
      `以上各项总得分 ${two(Number(s.total))} 分，等级：${String(s.grade)}。`,
    '',
  ].join('\n');
}

/** A numbered report's file: its frontmatter, and its body (the numbered body unless given). */
export function reportMdx(data: Record<string, unknown>, body = fictionalReportBody(data as ReportData)): string {
  return mdx(data, body);
}
