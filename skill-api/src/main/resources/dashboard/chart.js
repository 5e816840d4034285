// A small line chart drawn by hand in SVG: each skill's score after every matchday.
"use strict";
function scoreChart(history) {
  const W = 560, H = 220, L = 40, R = 10, T = 10, B = 30;
  const series = SKILLS.map(s => ({ skill: s, points: (history.skills[s.path] || []).filter(p => p.score !== null) }));
  const matchdays = series.flatMap(s => s.points.map(p => p.matchday));
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Score over matchdays");
  const el = (name, attrs, text) => {
    const e = document.createElementNS(ns, name);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    svg.appendChild(e);
    return e;
  };
  if (matchdays.length === 0) {
    el("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No ranked matchdays yet");
    return svg;
  }
  const first = Math.min(...matchdays), last = Math.max(...matchdays);
  const x = md => L + (last === first ? (W - L - R) / 2 : (md - first) / (last - first) * (W - L - R));
  const y = score => T + (1 - score) * (H - T - B);
  [0, 0.25, 0.5, 0.75, 1].forEach(v => {
    el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "axis", "stroke-dasharray": v === 0 ? "" : "2,3" });
    el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, v.toFixed(2));
  });
  const step = Math.max(1, Math.ceil((last - first) / 10));
  for (let md = first; md <= last; md += step) {
    el("text", { x: x(md), y: H - B + 16, "text-anchor": "middle" }, String(md));
  }
  el("text", { x: (L + W - R) / 2, y: H - 2, "text-anchor": "middle" }, "matchday");
  series.forEach(({ skill, points }) => {
    const color = `var(--${skill.path})`;
    if (points.length > 1) {
      el("polyline", { points: points.map(p => `${x(p.matchday)},${y(p.score)}`).join(" "), fill: "none",
        stroke: color, "stroke-width": 2 });
    }
    points.forEach(p => el("circle", { cx: x(p.matchday), cy: y(p.score), r: 2.5, fill: color })
      .appendChild(document.createElementNS(ns, "title")).textContent =
        `${skill.title}, matchday ${p.matchday}: rank ${p.rank}, score ${formatScore(p.score)}`);
  });
  return svg;
}
