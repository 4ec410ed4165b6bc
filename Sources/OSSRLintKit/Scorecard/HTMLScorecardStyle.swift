/// The HTML scorecard's style sheet, inlined in the page so the file needs nothing else.
///
/// Bars are drawn with a top border rather than a background, because browsers leave
/// backgrounds out when printing unless told otherwise; every bar and grade also has its
/// number or word beside it, so nothing is said by colour alone.
enum HTMLScorecardStyle {
    static let css = """
        :root {
          --ink: #1b2430; --muted: #57606a; --line: #d8dee4; --paper: #ffffff; --page: #eef1f5; --track: #e6eaef;
          --level-0: #1a7f37; --level-1: #4d8a16; --level-2: #9a6700; --level-3: #bc4c00; --level-4: #cf222e; --level-none: #8c959f;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: var(--page); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
        main { max-width: 940px; margin: 28px auto; background: var(--paper); border: 1px solid var(--line);
          border-radius: 12px; padding: 32px 40px 24px; }
        code { font: 0.88em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          overflow-wrap: anywhere; }
        h1, h2, h3 { line-height: 1.25; margin: 0; }
        h2 { font-size: 1.15rem; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h2 .count { font-weight: 400; color: var(--muted); font-size: 0.9rem; margin-left: 6px; }
        .kicker { margin: 0 0 4px; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78rem; font-weight: 600; color: var(--muted); }
        .repository { font-size: 1.6rem; overflow-wrap: anywhere; }
        .facts { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 14px 0 0; }
        .facts div { min-width: 0; }
        .facts dt { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
        .facts dd { margin: 0; overflow-wrap: anywhere; }
        .summary { display: flex; gap: 28px; align-items: center; margin-top: 26px; padding: 20px 24px;
          border: 1px solid var(--line); border-radius: 10px; background: #f8fafc; }
        .grade { flex: none; width: 112px; text-align: center; border: 3px solid var(--level); border-radius: 12px;
          padding: 8px 4px 10px; color: var(--level); background: #fff; }
        .grade-caption { display: block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.08em; font-weight: 600; }
        .grade-value { display: block; font-size: 2.8rem; font-weight: 700; line-height: 1.05; overflow-wrap: anywhere; }
        .overall-block { flex: 1; min-width: 0; }
        .overall { margin: 0; font-size: 2.3rem; font-weight: 700; line-height: 1.1; }
        .overall .out-of { font-size: 1.1rem; font-weight: 400; color: var(--muted); }
        .not-scored { margin: 0; font-size: 1.05rem; font-weight: 600; }
        .counts { margin: 10px 0 0; color: var(--muted); }
        .bar { height: 10px; background: var(--track); border: 1px solid #c9d1d9; border-radius: 5px; overflow: hidden; }
        .bar.large { height: 14px; margin-top: 12px; border-radius: 7px; }
        .fill { display: block; height: 0; border-top: 14px solid var(--level); }
        .level-0 { --level: var(--level-0); } .level-1 { --level: var(--level-1); } .level-2 { --level: var(--level-2); }
        .level-3 { --level: var(--level-3); } .level-4 { --level: var(--level-4); } .level-none { --level: var(--level-none); }
        table { width: 100%; border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; padding: 9px 10px; border-bottom: 1px solid var(--line); }
        thead th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; }
        tbody th { font-weight: 600; overflow-wrap: anywhere; }
        td.number, th.number { text-align: right; white-space: nowrap; }
        .meter { display: flex; align-items: center; gap: 12px; }
        .meter .bar { flex: 1; min-width: 120px; }
        .category-score { width: 4.2em; text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; }
        .unscored-score { width: auto; font-weight: 600; color: var(--muted); }
        .note { display: block; color: var(--muted); font-size: 0.88rem; }
        .lede { margin: 0 0 12px; color: var(--muted); }
        ol.losses, ul.rules { list-style: none; margin: 0; padding: 0; }
        .loss { display: flex; gap: 18px; padding: 14px 0; border-bottom: 1px solid var(--line); break-inside: avoid; }
        .loss:last-child { border-bottom: 0; }
        .loss-points { flex: none; width: 76px; text-align: center; border: 1px solid #f0c4c0; background: #fff5f4; color: #a40e26;
          border-radius: 8px; padding: 6px 4px; align-self: flex-start; }
        .loss-points .value { display: block; font-size: 1.3rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .loss-points .unit { display: block; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.06em; }
        .loss-body { flex: 1; min-width: 0; }
        .loss-body h3 { font-size: 1rem; overflow-wrap: anywhere; }
        .loss-body h3 code { font-weight: 400; color: var(--muted); margin-left: 6px; }
        .tags { margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
        .tag { font-size: 0.75rem; border: 1px solid var(--line); border-radius: 999px; padding: 1px 9px; color: var(--muted); }
        .tag.required { border-color: #a40e26; color: #a40e26; font-weight: 600; }
        .tag.recommended { border-color: #0a5ea8; color: #0a5ea8; font-weight: 600; }
        .loss-body p.message, .loss-body p.remedy { margin: 8px 0 0; overflow-wrap: anywhere; }
        .remedy { padding: 8px 12px; border-left: 3px solid var(--level-0); background: #f3faf4; }
        .label { font-weight: 600; }
        .rules li { padding: 8px 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; break-inside: avoid; }
        .rules li:last-child { border-bottom: 0; }
        .rules .rule-title { font-weight: 600; }
        .rules .rule-line code { color: var(--muted); margin-left: 6px; }
        .rules .rule-meta { color: var(--muted); font-size: 0.85rem; margin-left: 10px; }
        .rules .message { display: block; color: var(--muted); font-size: 0.92rem; }
        footer { margin-top: 30px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
        footer p { margin: 2px 0; }
        @page { margin: 14mm; }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          main { max-width: none; margin: 0; border: 0; border-radius: 0; padding: 0; }
          .summary { background: #fff; }
          h2 { break-after: avoid; }
          tr, .loss, .rules li { break-inside: avoid; }
        }
        """
}
