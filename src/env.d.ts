/// <reference types="astro/client" />

// The home page's 我的社工站 island hydrates only with a station saved (src/site/client-saved.ts).
declare namespace Astro {
  interface ClientDirectives {
    'client:saved'?: boolean;
  }
}
