/// The report's style sheet. System font stacks only: the page loads nothing.
///
/// State colours (grey, bluish green, amber, raspberry) come from palettes chosen to stay apart
/// under the common colour-vision deficiencies; each state also has its own underline (dotted,
/// solid, dashed, double) so that colour is never the only cue.
extension ICReport {
  static let htmlStyle = #"""
    :root {
      --uninitialized: #8c939d; --monomorphic: #1b9e77; --polymorphic: #e6a100; --megamorphic: #d6336c;
      --tint-uninitialized: #eceef1; --tint-monomorphic: #d9f2e9; --tint-polymorphic: #fdf1cc;
      --tint-megamorphic: #fbdde7;
      --ink: #1f2328; --muted: #59636e; --rule: #d8dee4; --page: #f4f6f8; --card: #ffffff;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
        "DejaVu Sans", sans-serif;
      --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono",
        "Liberation Mono", monospace;
    }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.5 var(--sans); color: var(--ink); background: var(--page);
      display: flex; height: 100vh; overflow: hidden; }
    main { flex: 1; min-width: 0; height: 100vh; overflow: auto; padding: 0 28px 40px; }
    h1 { font-size: 22px; margin: 0; font-weight: 650; }
    h1 .file { font-family: var(--mono); font-weight: 500; margin-left: .4em; color: var(--muted); }
    h2 { font-size: 15px; margin: 0 0 10px; }
    h3 { font-size: 12px; margin: 16px 0 6px; text-transform: uppercase; letter-spacing: .06em;
      color: var(--muted); }
    code { font-family: var(--mono); font-size: 12.5px; }
    a { color: inherit; }
    .top { padding: 20px 0 12px; }
    .sub, .note { color: var(--muted); margin: 4px 0 0; }
    .note { font-size: 12.5px; margin: -4px 0 8px; }
    .panel { background: var(--card); border: 1px solid var(--rule); border-radius: 10px;
      padding: 16px 20px; box-shadow: 0 1px 2px rgba(31, 35, 40, .05); }
    .overview { display: grid; grid-template-columns: minmax(330px, 4fr) 7fr; gap: 18px;
      align-items: start; margin-bottom: 18px; }
    .state-uninitialized { --c: var(--uninitialized); --t: var(--tint-uninitialized); --u: dotted; }
    .state-monomorphic { --c: var(--monomorphic); --t: var(--tint-monomorphic); --u: solid; }
    .state-polymorphic { --c: var(--polymorphic); --t: var(--tint-polymorphic); --u: dashed; }
    .state-megamorphic { --c: var(--megamorphic); --t: var(--tint-megamorphic); --u: double; }
    .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(104px, 1fr)); gap: 8px; }
    .figure { background: var(--page); border-radius: 8px; padding: 8px 10px; min-width: 0; }
    .figure b { display: block; font-size: 18px; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .figure span { font-size: 11.5px; color: var(--muted); white-space: nowrap; }
    .figure[data-figure="hit-rate"] b { color: var(--monomorphic); }
    .statebar { display: flex; height: 24px; border-radius: 6px; overflow: hidden; gap: 2px; }
    .statebar span { background: var(--c); color: #fff; font-size: 12px; font-weight: 600;
      display: flex; align-items: center; justify-content: center; min-width: 22px; }
    .statebar .state-polymorphic { color: #3b2a00; }
    .legend { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 4px 16px;
      font-size: 13px; }
    .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 3px; background: var(--c);
      margin-right: 6px; vertical-align: -1px; }
    #top-misses { margin: 0; padding-left: 22px; font-size: 13px; }
    #top-misses li { padding: 2px 0; }
    #top-misses a { text-decoration: none; display: flex; gap: 6px; align-items: baseline; }
    #top-misses a:hover code { text-decoration: underline; }
    #top-misses .swatch { align-self: center; margin-right: 0; flex-shrink: 0; }
    #top-misses .in { color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    #top-misses .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums;
      white-space: nowrap; padding-left: 8px; }
    .op { font-family: var(--mono); }
    #chart svg { display: block; font-family: var(--sans); }
    #chart .grid { stroke: var(--rule); stroke-width: 1; }
    #chart .tick { font-size: 11px; fill: var(--muted); text-anchor: middle; }
    #chart .label { font-size: 12px; text-anchor: end; fill: var(--ink); }
    #chart .label .where { fill: var(--muted); font-family: var(--mono); font-size: 11px; }
    #chart .label .op { font-weight: 700; }
    #chart .value { font-size: 11.5px; fill: var(--ink); font-variant-numeric: tabular-nums; }
    #chart .value .misses { fill: var(--muted); }
    #chart a.bar:hover rect, #chart a.bar.selected rect { stroke: var(--ink); stroke-width: 1.2; }
    .miss-ground { fill: #fff; }
    .fill-uninitialized { fill: var(--uninitialized); } .fill-monomorphic { fill: var(--monomorphic); }
    .fill-polymorphic { fill: var(--polymorphic); } .fill-megamorphic { fill: var(--megamorphic); }
    .file { padding: 14px 0 10px; margin-bottom: 18px; }
    .file h2 { padding: 0 20px; font-family: var(--mono); font-weight: 600; }
    .file .count, h2 .count { font-family: var(--sans); font-weight: 400; color: var(--muted); font-size: 12.5px;
      margin-left: 8px; }
    .code { font: 13px/1.6 var(--mono); border-top: 1px solid var(--rule); padding-top: 6px; tab-size: 4; }
    .line { white-space: pre; position: relative; padding: 0 16px 0 64px; min-height: 1.6em; }
    .line .no { position: absolute; left: 0; width: 48px; text-align: right; color: #9aa3ad;
      user-select: none; }
    .line.has-sites { background: #fafbfc; }
    .line.has-sites .no { color: var(--ink); font-weight: 600; }
    .line.current { background: #fff8d6; }
    .site { background: var(--t); border-bottom: 2px var(--u) var(--c); border-radius: 2px; cursor: pointer; }
    .site.state-megamorphic { border-bottom-width: 3px; }
    .site:hover { filter: brightness(.94); }
    .site.extra { display: inline-block; width: 9px; height: 9px; border: 0; border-radius: 50%;
      background: var(--c); margin: 0 1px 0 2px; vertical-align: 4px; box-shadow: 0 0 0 1px #fff; }
    .site.selected { outline: 2px solid var(--ink); outline-offset: 1px; }
    .unplaced { font-size: 13px; padding: 0 20px 0 44px; }
    .missing { color: var(--muted); padding: 0 20px; }
    #tip { position: fixed; z-index: 10; pointer-events: none; max-width: 360px; background: #1f2328;
      color: #f6f8fa; border-radius: 8px; padding: 8px 11px; font-size: 12.5px; line-height: 1.45;
      box-shadow: 0 6px 18px rgba(0, 0, 0, .25); }
    #tip .op { font-weight: 700; font-size: 14px; }
    #tip .dim { color: #b7bfc8; }
    .pill { display: inline-block; padding: 0 8px; border-radius: 999px; background: var(--c); color: #fff;
      font-size: 11.5px; font-weight: 600; line-height: 1.7; }
    .pill.state-polymorphic { color: #3b2a00; }
    #details { flex: 0 0 440px; height: 100vh; overflow: auto; background: var(--card);
      border-left: 1px solid var(--rule); box-shadow: -10px 0 30px rgba(31, 35, 40, .08); padding: 18px 22px 30px; }
    #details[hidden] { display: none; }
    #details header { display: flex; align-items: center; gap: 10px; }
    #details header h2 { margin: 0; font: 700 22px var(--mono); }
    #details .close { margin-left: auto; border: 0; background: var(--page); border-radius: 6px;
      font-size: 18px; width: 30px; height: 30px; cursor: pointer; color: var(--muted); }
    #details .where { margin: 8px 0; color: var(--muted); }
    #details .where a { color: var(--ink); font-family: var(--mono); }
    #details pre { background: var(--page); border-radius: 6px; padding: 8px 10px; margin: 8px 0;
      font: 12.5px/1.5 var(--mono); white-space: pre-wrap; word-break: break-all; }
    #details .figures { grid-template-columns: repeat(3, 1fr); }
    #details table { width: 100%; border-collapse: collapse; font-size: 13px; }
    #details td { padding: 3px 4px; border-bottom: 1px solid var(--page); vertical-align: middle; }
    #details td.n { text-align: right; font-variant-numeric: tabular-nums; width: 1%; white-space: nowrap; }
    #details td.meter { width: 40%; }
    #details .meter span { display: block; height: 8px; border-radius: 4px; background: var(--c); }
    #details ol { padding-left: 20px; margin: 0; font-size: 13px; }
    #details ol li { padding: 4px 0; border-bottom: 1px solid var(--page); }
    #details .dim { color: var(--muted); }
    #details .others a { text-decoration: none; margin-right: 10px; white-space: nowrap; }
    @media (max-width: 1100px) {
      .overview { grid-template-columns: 1fr; }
      #details { flex-basis: 360px; }
    }
    @media print {
      body { display: block; height: auto; overflow: visible; }
      main { height: auto; overflow: visible; }
    }

    """#
}
