/**
 * The evaluation rules, written once. Every page, chart, the calculator and
 * the build-time verification read them from here. Each rule cites where it
 * comes from, so the methodology page can print the source next to the rule.
 */

/** A document a rule comes from. */
export interface RuleSource {
  /** The document's title as the reports quote it. */
  title: string;
  /** Document number (文号), when it has one. */
  number?: string;
  /** Where the rule is quoted in the first published report. */
  quotedIn: string;
}

export const SOURCES = {
  evaluationMethod: {
    title: '《广州市社工站购买服务项目评估办法》',
    quotedIn: '流花街社工服务站 2023–2024 末期评估报告，二、（五）评估结果说明',
  },
  managementMeasures: {
    title: '《广州市人民政府办公厅关于印发广州市社工服务站管理办法的通知》',
    number: '穗府办〔2023〕7 号',
    quotedIn: '流花街社工服务站 2023–2024 末期评估报告，二、（一）评估依据',
  },
  supportingDocuments: {
    title: '《广州市民政局关于印发〈广州市社工服务站管理办法〉有关配套文件的通知》',
    number: '穗民〔2023〕97 号',
    quotedIn: '流花街社工服务站 2023–2024 末期评估报告，二、（一）评估依据',
  },
  indicatorSystem: {
    title: '评估指标体系（人员稳岗率不低于 80%）',
    quotedIn: '流花街社工服务站 2023–2024 末期评估报告，六、（一）需要关注的地方 1；七、（二）2',
  },
} as const satisfies Record<string, RuleSource>;

export type SourceId = keyof typeof SOURCES;

export type PartyId = 'supervisor' | 'purchaser' | 'supervisionCentre' | 'thirdParty';

export interface Party {
  id: PartyId;
  /** Short name used in tables and inputs. */
  name: string;
  /** Full name with the body that scores, as the report words it. */
  fullName: string;
  /** Maximum points this party contributes to the 100-point total. */
  weight: number;
  source: SourceId;
}

/**
 * The four evaluating parties and their weights (10 + 20 + 15 + 55 = 100).
 * Source: 《广州市社工站购买服务项目评估办法》 as quoted in the report:
 * “项目监督方（区民政局）评估分值占比10%，项目购买方（镇人民政府/街道办事处）评估分值占比20%，
 *  市督导中心评估分值占比15%，第三方评估机构评估分值占55%”.
 */
export const PARTIES: readonly Party[] = [
  { id: 'supervisor', name: '监督方', fullName: '项目监督方（区民政局）', weight: 10, source: 'evaluationMethod' },
  { id: 'purchaser', name: '购买方', fullName: '项目购买方（镇人民政府/街道办事处）', weight: 20, source: 'evaluationMethod' },
  { id: 'supervisionCentre', name: '督导中心', fullName: '市督导中心', weight: 15, source: 'evaluationMethod' },
  { id: 'thirdParty', name: '第三方', fullName: '第三方评估机构', weight: 55, source: 'evaluationMethod' },
];

export const PARTY_IDS: readonly PartyId[] = PARTIES.map((p) => p.id);

export function partyById(id: PartyId): Party {
  const party = PARTIES.find((p) => p.id === id);
  if (!party) throw new Error(`unknown party ${id}`);
  return party;
}

/** The total is out of 100 points. */
export const MAX_TOTAL = 100;

export type GradeName = '优秀' | '良好' | '合格' | '不合格';

export interface GradeBand {
  grade: GradeName;
  /** Lowest total (inclusive) that earns this grade. */
  min: number;
  /** Wording of the band as the source states it. */
  rule: string;
  source: SourceId;
}

/**
 * Grade bands, highest first. Source: 《广州市社工站购买服务项目评估办法》:
 * “90 分以上为优秀，80 分至 90 分（不含 90 分）为良好，60 分至 80 分（不含 80 分）为合格，
 *  60 分以下（不含 60 分）为不合格”.
 */
export const GRADE_BANDS: readonly GradeBand[] = [
  { grade: '优秀', min: 90, rule: '90 分以上', source: 'evaluationMethod' },
  { grade: '良好', min: 80, rule: '80 分至 90 分（不含 90 分）', source: 'evaluationMethod' },
  { grade: '合格', min: 60, rule: '60 分至 80 分（不含 80 分）', source: 'evaluationMethod' },
  { grade: '不合格', min: 0, rule: '60 分以下（不含 60 分）', source: 'evaluationMethod' },
];

/**
 * 稳岗率 (staff continuously in post / required posts) must be at least 80%.
 * Source: the evaluation indicator system as quoted in the report
 * (“不符合评估指标体系关于人员稳岗率不低于 80%的要求”).
 */
export const RETENTION_REQUIREMENT_PERCENT = 80;

/** An indicator counts as met when its completion rate reaches 100%. */
export const INDICATOR_MET_PERCENT = 100;
