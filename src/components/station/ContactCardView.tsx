/**
 * The contact card's markup: service addresses first, each with copy and map; then the hotline lines with
 * their hours. One component for both places it appears: rendered to static HTML on the station and
 * district pages (through ContactCard.astro, no JavaScript shipped), and by the directory's search island
 * for the stations a resident's query finds, so the details are in the same place and order everywhere
 * (WCAG 2.2 3.2.6). A number is a tel: link only when the data holds it; otherwise 号码未在评估报告中公布.
 * The copy button starts hidden and is shown only where copying works (src/components/station/copy-address.ts).
 */
import type { ContactView } from '../../stations/contact.ts';
import { NUMBER_NOT_PUBLISHED } from '../../stations/contact.ts';

interface Props {
  view: ContactView;
  /** Level of the card's two headings (服务地址, 热线), to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** Whether the copy button shows: false in static HTML (the page's script reveals it), true in the island where copying works. */
  copyable?: boolean;
}

export default function ContactCardView({ view, headingLevel = 2, copyable = false }: Props) {
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="card contact-card" data-contact-card>
      <H class="card-heading">服务地址</H>
      <ol class="sites">
        {view.sites.map((site) => (
          <li class="site">
            <p class="address" data-address>
              {site.address}
            </p>
            <div class="actions">
              <button type="button" class="action copy" data-copy={site.full} hidden={!copyable}>
                复制地址
              </button>
              <a class="action map" href={site.mapUrl} rel="noopener noreferrer external">
                在高德地图中查看<span class="visually-hidden">：{site.address}</span>
              </a>
            </div>
            <p class="copied" role="status" data-copied></p>
          </li>
        ))}
      </ol>
      <H class="card-heading">“{view.hotlineName}”热线</H>
      <ul class="lines">
        {view.lines.map((line) => (
          <li class="line">
            <span class="line-kind">
              {line.kind}（{line.hours}）
            </span>
            <span class="number" data-hotline-number>
              {line.href ? <a href={line.href}>{line.number}</a> : NUMBER_NOT_PUBLISHED}
            </span>
          </li>
        ))}
      </ul>
      {view.noNumbers && <p class="note">评估报告写明了这些热线和服务时间，但没有公布号码；本站不会猜测或补写号码。</p>}
    </div>
  );
}
