namespace ScrutinyReports.Pipeline.Portal;

/// <summary>
/// The portal's stylesheet, inlined in every page so that a page opened from disk needs nothing else. Colours, type
/// and rules follow report.html; text colours meet WCAG AA contrast on their backgrounds.
/// </summary>
internal static class PortalStyles
{
    public const string Css = """
      :root { --ink: #1b1b1b; --rule: #6b6b6b; --link: #1d4f91; --visited: #4c2c92; --focus: #ffdd00; }
      * { box-sizing: border-box; }
      body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; margin: 0; line-height: 1.5; font-size: 1rem; }
      a { color: var(--link); text-underline-offset: 0.15em; }
      a:visited { color: var(--visited); }
      a:hover { text-decoration-thickness: 3px; }
      a:focus-visible { outline: 3px solid var(--ink); outline-offset: 1px; background: var(--focus); color: var(--ink); text-decoration: none; }
      .skip { position: absolute; left: -9999px; }
      .skip:focus { left: 1rem; top: 1rem; padding: 0.5rem; z-index: 2; }
      .vh { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
      header, .crumbs, main, footer { max-width: 60rem; margin: 0 auto; padding: 0.5rem 1rem; }
      header { border-bottom: 4px solid var(--ink); }
      .site { font-weight: bold; font-size: 1.15rem; margin: 0.25rem 0; }
      h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 0.5rem; overflow-wrap: anywhere; }
      h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--ink); overflow-wrap: anywhere; }
      h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
      p, li, dd { overflow-wrap: anywhere; }
      .lede { font-size: 1.1rem; }
      .crumbs ol { list-style: none; padding: 0; margin: 0.5rem 0 0; }
      .crumbs li { display: inline; }
      .crumbs li + li::before { content: "\203A" / ""; padding: 0 0.4rem; }
      table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.95rem; }
      caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
      th, td { border: 1px solid var(--rule); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
      thead th { background: #e8e8e8; }
      .small { font-size: 0.9rem; }
      .plain { list-style: none; padding: 0; margin: 0; }
      .files li { margin: 0 0 0.35rem; }
      .rag { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
      .rag li { border: 1px solid var(--rule); border-radius: 0.2rem; padding: 0 0.45rem; white-space: nowrap; }
      .rag-red { background: #f9d9dc; } .rag-amber { background: #fff1c2; } .rag-green { background: #d8eedd; } .rag-none { background: #f2f2f2; }
      .version { border-top: 1px solid #c8c8c8; margin-top: 1.5rem; }
      .version h2 { border-bottom: none; margin-top: 1rem; }
      .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.25rem; margin: 0.5rem 0; }
      .facts dt { font-weight: bold; }
      .facts dd { margin: 0; }
      .changes li { margin: 0.2rem 0; }
      footer { border-top: 2px solid var(--ink); margin-top: 2.5rem; font-size: 0.9rem; }
      @media (max-width: 40rem) {
        h1 { font-size: 1.5rem; }
        .stack, .stack caption, .stack thead, .stack tbody, .stack tr, .stack th, .stack td { display: block; width: auto; }
        .stack thead { position: absolute; left: -9999px; }
        .stack tbody tr { border: 1px solid var(--rule); margin-bottom: 0.75rem; }
        .stack td, .stack tbody th { border: none; border-bottom: 1px solid #ccc; }
        .stack tbody th { background: #f2f2f2; }
        .stack td::before { content: attr(data-label) ": "; font-weight: bold; display: block; }
        .facts { grid-template-columns: 1fr; gap: 0.1rem; }
        .facts dd { margin-bottom: 0.5rem; }
      }
      @media print {
        @page { size: A4; margin: 15mm; }
        body { font-size: 10pt; }
        header, .crumbs, main, footer { max-width: none; padding: 0; }
        .skip { display: none; }
        a, a:visited { color: var(--ink); }
        h2, h3 { break-after: avoid; }
        tr, .version { break-inside: avoid; }
      }
""";
}
