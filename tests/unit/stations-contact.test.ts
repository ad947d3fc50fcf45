import { describe, expect, it } from 'vitest';
import { stationSchema, type StationData } from '../../src/schemas/station.ts';
import { liuhuaStationRaw } from '../fixtures/liuhua-station.ts';
import { contactView, mapSearchUrl, NUMBER_NOT_PUBLISHED, stationNumbers, stationSources } from '../../src/stations/contact.ts';
import { jsonLdScript, stationJsonLd } from '../../src/stations/json-ld.ts';
import { findPhoneLike, foundDigits, phoneDigits, telHref } from '../../src/stations/phones.ts';

const LIUHUA = stationSchema.parse(liuhuaStationRaw());
const DOC = { document: '某街道公告', retrieved: '2024-05-01' };
const withNumber = (): StationData => {
  const s = structuredClone(LIUHUA);
  s.hotline.lines[2]!.number = { value: '138 0013 8000', source: DOC };
  return s;
};
const URL_PAGE = 'https://example.org/stations/liuhua/';

describe('phone numbers', () => {
  it('compares by digits and links by digits', () => {
    expect(phoneDigits(' 020-8123 4567 ')).toBe('02081234567');
    expect(phoneDigits('+86 138 0013 8000')).toBe('+8613800138000');
    expect(telHref('020-8123 4567')).toBe('tel:02081234567');
  });
  it('finds mobile, landline, 400 numbers and tel: links, with or without separators', () => {
    const text = '热线 020-8123 4567，手机 138 0013 8000 或 13800138000，客服 400-123-4567，<a href="tel:+8602081234567">';
    // The tel: link's number is found twice (as a link and as a number): the scan wants everything.
    expect(findPhoneLike(text).map(foundDigits).sort()).toEqual(
      ['02081234567', '02081234567', '02081234567', '13800138000', '13800138000', '4001234567'],
    );
  });
  it('does not take the report’s figures, years and dates for numbers', () => {
    const text = '2023-2024 服务年度，2024-03-20，总分 83.62 分，经费 240 万元，拨出电话超过 4000 条，1547 个，10.5 个月，稳岗率 65.00%';
    expect(findPhoneLike(text)).toEqual([]);
  });
});

describe('contact view', () => {
  it('without numbers: no tel: link and the not-published wording applies', () => {
    const v = contactView(LIUHUA);
    expect(v.lines.map((l) => [l.kind, l.hours, l.number, l.href])).toEqual([
      ['座机', '日常 8 小时热线服务', null, null],
      ['座机', '日常 8 小时热线服务', null, null],
      ['手机', '24 小时开通', null, null],
    ]);
    expect(v.noNumbers).toBe(true);
    expect(NUMBER_NOT_PUBLISHED).toBe('号码未在评估报告中公布');
    expect(stationNumbers(LIUHUA)).toEqual([]);
  });
  it('a number in the data becomes a tel: link on that line only', () => {
    const v = contactView(withNumber());
    expect(v.lines.map((l) => l.href)).toEqual([null, null, 'tel:13800138000']);
    expect(v.noNumbers).toBe(false);
    expect(stationNumbers(withNumber())).toEqual(['13800138000']);
  });
  it('addresses are completed with city and district for copying, and the map link is a plain Amap search', () => {
    const sites = contactView(LIUHUA).sites;
    expect(sites.map((s) => s.full)).toEqual([
      '广州市越秀区解放北路桂花岗一街一号之一',
      '广州市越秀区环市中路 209 号之二 208 房',
      '广州市越秀区人民北路 696 号 103 室',
    ]);
    const u = new URL(sites[1]!.mapUrl);
    expect(u.origin + u.pathname).toBe('https://uri.amap.com/search');
    expect(u.searchParams.get('keyword')).toBe('广州市越秀区环市中路209号之二208房');
    expect(u.searchParams.get('callnative')).toBe('0');
    expect(mapSearchUrl('a b')).toContain('keyword=ab');
  });
  it('groups every fact under its source', () => {
    const notes = stationSources(withNumber());
    expect(notes.map((n) => n.covers)).toEqual([
      ['社工站名称、所属街道和区'],
      ['承接机构', '服务地址'],
      ['片区和服务社区'],
      ['热线及服务时间'],
      ['热线号码'],
    ]);
    expect(notes.at(-1)!.source).toEqual(DOC);
  });
});

describe('JSON-LD', () => {
  it('a GovernmentOffice with the three addresses, the communities and no telephone while none is known', () => {
    const ld = stationJsonLd(LIUHUA, URL_PAGE);
    expect(ld['@type']).toBe('GovernmentOffice');
    expect(ld.name).toBe('广州市流花街社工服务站');
    expect(ld.address).toHaveLength(3);
    expect((ld.address as { streetAddress: string }[])[1]!.streetAddress).toBe('越秀区环市中路209号之二208房');
    expect((ld.areaServed as { name: string }[]).map((a) => a.name)).toEqual(['桂花苑社区', '花果山社区', '桂花岗社区', '流花桥社区', '火车站社区']);
    expect(ld).not.toHaveProperty('telephone');
    expect(ld).not.toHaveProperty('contactPoint');
  });
  it('the telephone once the data holds a number', () => {
    const ld = stationJsonLd(withNumber(), URL_PAGE);
    expect(ld.telephone).toBe('138 0013 8000');
    expect(ld.contactPoint).toEqual([{ '@type': 'ContactPoint', name: '红棉守护热线（手机）', telephone: '138 0013 8000', description: '24 小时开通' }]);
  });
  it('serialises with @context and cannot close its <script>', () => {
    const s = structuredClone(LIUHUA);
    s.name = '</script><script>alert(1)</script>';
    const out = jsonLdScript([stationJsonLd(s, URL_PAGE)]);
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toMatchObject({ '@context': 'https://schema.org', name: s.name });
    expect(JSON.parse(jsonLdScript([stationJsonLd(LIUHUA, URL_PAGE), stationJsonLd(LIUHUA, URL_PAGE)]))['@graph']).toHaveLength(2);
  });
});
