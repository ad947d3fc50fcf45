/**
 * schema.org description of a station for search engines and other machines.
 *
 * Type: GovernmentOffice. A 社工站 is a public service point that the street
 * office buys under the city's 社工服务站管理办法 and the district civil-affairs
 * bureau supervises; residents use it as they would a government service
 * office. GovernmentOffice is a LocalBusiness (a Place and an Organization), so
 * address, telephone, areaServed and contactPoint are all valid on it; the NGO
 * that runs it is named as parentOrganization. Telephone only when known. Pure.
 */
import type { StationData } from '../schemas/station.ts';
import { contactView } from './contact.ts';
import { CITY } from './search.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function stationJsonLd(s: StationData, pageUrl: string): { [key: string]: Json } {
  const view = contactView(s);
  const known = view.lines.filter((l) => l.number !== null);
  const ld: { [key: string]: Json } = {
    '@type': 'GovernmentOffice',
    '@id': `${pageUrl}#station`,
    name: s.name,
    url: pageUrl,
    parentOrganization: { '@type': 'NGO', name: s.operator.name },
    address: view.sites.map((site) => ({
      '@type': 'PostalAddress',
      addressCountry: 'CN',
      addressRegion: '广东省',
      addressLocality: CITY,
      streetAddress: site.full.slice(CITY.length).replace(/\s+/g, ''),
    })),
    areaServed: s.zones.flatMap((z) => z.communities.map((c) => ({ '@type': 'AdministrativeArea', name: c }))),
  };
  if (known.length > 0) {
    ld.telephone = known[0]!.number!;
    ld.contactPoint = known.map((l) => ({
      '@type': 'ContactPoint',
      name: `${s.hotline.name}热线（${l.kind}）`,
      telephone: l.number!,
      description: l.hours,
    }));
  }
  return ld;
}

/** A JSON-LD document, safe inside <script>: “<” is escaped so no text can close the element. */
export function jsonLdScript(graph: { [key: string]: Json }[]): string {
  const doc = graph.length === 1 ? { '@context': 'https://schema.org', ...graph[0] } : { '@context': 'https://schema.org', '@graph': graph };
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}
