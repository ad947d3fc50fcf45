import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  core,
  fullAddress,
  matchHint,
  normalise,
  queryTokens,
  resultMessage,
  searchEntry,
  searchStations,
  type SearchableStation,
} from '../../src/stations/search.ts';

// The 流花街 station as its record states it.
const LIUHUA: SearchableStation = {
  name: '广州市流花街社工服务站',
  street: '流花街道',
  district: '越秀区',
  operator: { name: '广州市心悦社区发展中心' },
  sites: [
    { address: '越秀区解放北路桂花岗一街一号之一' },
    { address: '环市中路 209 号之二 208 房' },
    { address: '人民北路 696 号 103 室' },
  ],
  zones: [
    { name: '东片区', communities: ['桂花苑社区', '花果山社区', '桂花岗社区'] },
    { name: '西片区', communities: ['流花桥社区', '火车站社区'] },
  ],
};
// A made-up second station, only to prove the search tells stations apart.
const OTHER: SearchableStation = {
  name: '测试区示例街社工服务站',
  street: '示例街道',
  district: '测试区',
  operator: { name: '示例社会工作服务中心' },
  sites: [{ address: '测试区示例大道 1 号' }],
  zones: [{ name: '南片区', communities: ['示例社区'] }],
};
const ENTRIES = [searchEntry('liuhua', LIUHUA), searchEntry('other', OTHER)];
const ids = (q: string) => searchStations(ENTRIES, q).map((m) => m.id);

describe('normalise and tokens', () => {
  it('turns full-width letters, digits and spaces half-width and drops spaces', () => {
    expect(normalise('　环市中路　２０９ 号 ')).toBe('环市中路209号');
    expect(normalise('ＡＢc')).toBe('abc');
  });
  it('splits a query on spaces and Chinese or Latin list punctuation', () => {
    expect(queryTokens(' 越秀区，花果山、人民北路 ')).toEqual(['越秀区', '花果山', '人民北路']);
    expect(queryTokens('   ')).toEqual([]);
  });
  it('strips one suffix people add or leave off, keeping at least two characters', () => {
    expect(core('花果山社区')).toBe('花果山');
    expect(core('流花街道')).toBe('流花');
    expect(core('人民北路')).toBe('人民北');
    expect(core('流花街道办事处')).toBe('流花');
    expect(core('越秀区')).toBe('越秀');
    expect(core('街道')).toBe('街道');
    expect(core('花果山')).toBe('花果山');
  });
});

describe('the issue’s queries find 流花街社工服务站 and only it', () => {
  for (const q of ['花果山', '桂花岗', '环市中路', '人民北路', '流花', '越秀']) {
    it(q, () => expect(ids(q)).toEqual(['liuhua']));
  }
  it('with or without the 社区 / 街道 / 路 / 区 suffix, in full-width, with spaces', () => {
    for (const q of ['花果山社区', '花果山社区居委会', '流花街道', '流花街', '越秀区', '人民北', '环市中路２０９号', '人民北路 696号', '广州市越秀区流花街道', '流花街社工站', '火车站社区']) {
      expect(ids(q), q).toEqual(['liuhua']);
    }
  });
  it('every word must match: 越秀 花果山 does, 越秀 示例 does not', () => {
    expect(ids('越秀 花果山')).toEqual(['liuhua']);
    expect(ids('越秀 示例')).toEqual([]);
  });
  it('finds the other station by its own names, and nothing for a name that matches nothing', () => {
    expect(ids('示例社区')).toEqual(['other']);
    expect(ids('不存在的地方')).toEqual([]);
    expect(ids('天河')).toEqual([]);
  });
  it('an empty query lists every station', () => {
    expect(ids('')).toEqual(['liuhua', 'other']);
    expect(ids('  ')).toEqual(['liuhua', 'other']);
  });
});

describe('why a station matched', () => {
  const hint = (q: string) => matchHint(searchStations(ENTRIES, q)[0]!);
  it('names the community with its zone, or the address', () => {
    expect(hint('花果山')).toBe('相符：花果山社区（东片区）');
    expect(hint('环市中路')).toBe('相符：环市中路 209 号之二 208 房');
    expect(hint('桂花岗')).toBe('相符：桂花岗社区（东片区）；越秀区解放北路桂花岗一街一号之一');
  });
  it('says nothing extra when the name or street matched (they are on the card)', () => {
    expect(hint('流花街')).toBe('');
  });
});

describe('messages', () => {
  it('counts, or says nothing matched, quoting the query', () => {
    expect(resultMessage('', 2, 2)).toBe('共 2 个社工站');
    expect(resultMessage(' 花果山 ', 1, 2)).toBe('找到 1 个与“花果山”相符的社工站');
    expect(resultMessage('天河', 0, 2)).toBe('没有找到与“天河”相符的社工站');
  });
});

describe('full address for maps and copying', () => {
  it('adds city and district once', () => {
    expect(fullAddress('越秀区', '环市中路 209 号之二 208 房')).toBe('广州市越秀区环市中路 209 号之二 208 房');
    expect(fullAddress('越秀区', '越秀区解放北路桂花岗一街一号之一')).toBe('广州市越秀区解放北路桂花岗一街一号之一');
    expect(fullAddress('越秀区', '广州市越秀区人民北路 696 号 103 室')).toBe('广州市越秀区人民北路 696 号 103 室');
  });
});

describe('properties', () => {
  it('any part (two characters or more) of a community name finds its station', () => {
    const communities = LIUHUA.zones.flatMap((z) => z.communities);
    fc.assert(
      fc.property(fc.constantFrom(...communities), fc.nat(), fc.nat(), (c, a, b) => {
        const start = a % (c.length - 1);
        const end = start + 2 + (b % (c.length - start - 1));
        return ids(c.slice(start, end)).includes('liuhua');
      }),
    );
  });
  it('the search never throws and only returns known ids, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (q) => searchStations(ENTRIES, q).every((m) => m.id === 'liuhua' || m.id === 'other')),
    );
  });
});
