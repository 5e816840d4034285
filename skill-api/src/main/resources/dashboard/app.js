// The dashboard: four live top-10 boards (Server-Sent Events), a badge ticker, player search and a
// player page, all of one competition and season. Plain JS against the API of the same server;
// relative URLs, so it works behind a path. An empty competition or season means the API's default.
"use strict";
const state = { competition: "", season: "", competitions: [], streams: [], tickerStream: null, open: 0 };
const $ = id => document.getElementById(id);

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => k === "class" ? e.className = v : e.setAttribute(k, v));
  children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return e;
}

function scopeParams(sep = "?") {
  const params = new URLSearchParams();
  if (state.competition) params.set("competition", state.competition);
  if (state.season) params.set("season", state.season);
  const query = params.toString();
  return query ? sep + query : "";
}
const teamOf = e => e.teamName || e.teamId || "";
const playerLink = (id, name) => h("a", { href: `#/player/${encodeURIComponent(id)}` }, name || id);

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function setStatus() {
  const live = state.open === SKILLS.length + 1;
  $("status").textContent = live ? "live" : "connecting…";
  $("status").classList.toggle("live", live);
}

function stream(url, name, onData) {
  const source = new EventSource(url);
  let counted = false;
  source.onopen = () => { if (!counted) { counted = true; state.open++; setStatus(); } };
  source.onerror = () => { if (counted) { counted = false; state.open--; setStatus(); } };
  source.addEventListener(name, e => onData(JSON.parse(e.data)));
  return source;
}

// ---- boards ----
function buildBoards() {
  $("boards").replaceChildren(...SKILLS.map(s => h("article", { class: "board", id: `board-${s.path}`, style: `--c: var(--${s.path})` },
    h("h2", {}, s.title, h("span", { class: "asof" }, "")),
    h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "#"), h("th", {}, "Player"),
        ...s.board.map(m => h("th", {}, LABELS[m])), h("th", {}, "Score"))),
      h("tbody", {}, h("tr", {}, h("td", { class: "empty", colspan: s.board.length + 3 }, "No ranking yet")))))));
}

function renderBoard(skill, ranking) {
  const board = $(`board-${skill.path}`);
  const tbody = board.querySelector("tbody");
  const before = [...tbody.querySelectorAll("tr[data-player-id]")].map(tr => tr.dataset.playerId);
  board.querySelector(".asof").textContent = ranking.asOfMatchday
    ? `${ranking.competition} ${ranking.season} · after matchday ${ranking.asOfMatchday}` : "";
  if (ranking.entries.length === 0) {
    tbody.replaceChildren(h("tr", {}, h("td", { class: "empty", colspan: skill.board.length + 3 },
      ranking.emptyReason || "No ranking yet")));
    return;
  }
  tbody.replaceChildren(...ranking.entries.map((e, i) => h("tr", {
      "data-player-id": e.playerId, class: before[i] === e.playerId ? "" : "changed" },
    h("td", {}, rankLabel(e, ranking.entries)),
    h("td", {}, playerLink(e.playerId, e.playerName), h("span", { class: "team" }, teamOf(e))),
    ...skill.board.map(m => h("td", {}, formatMetric(m, e.metrics[m]))),
    h("td", { class: "score" }, formatScore(e.score)))));
}

// Equal scores share a place, shown "=4" for each of them; their ranks (4, 5) only follow the tie-breaks.
function rankLabel(entry, entries) {
  const tied = entry.sharedRank !== entry.rank || entries.some(o => o !== entry && o.sharedRank === entry.sharedRank);
  return tied ? `=${entry.sharedRank}` : String(entry.rank);
}

function connectBoards() {
  state.streams.forEach(s => s.close());
  state.open = 0;
  state.streams = SKILLS.map(s => stream(`api/v1/rankings/${s.path}/stream${scopeParams()}`, "ranking", r => renderBoard(s, r)));
  connectTicker();
}

// ---- ticker ----
function tickerText(e) {
  const skill = SKILLS.find(s => s.path === e.skill.toLowerCase().replace("_", "-"));
  const plural = skill ? skill.plural : e.skill;
  switch (e.kind) {
    case "ENTERED_TOP10": return `enters the top 10 ${plural} at #${e.newRank}`;
    case "LEFT_TOP10": return `leaves the top 10 ${plural}`;
    case "NEW_LEADER": return `is the new #1 of the ${plural}`;
    default: return `moves ${e.newRank < e.oldRank ? "up" : "down"} to #${e.newRank} of the ${plural}`;
  }
}

// Within one recomputation (same moment) the most newsworthy event stays on top: the emitter sends the
// new leader first, and prepending alone would bury it under the ten moves that follow it.
const NEWSWORTHY = { NEW_LEADER: 0, ENTERED_TOP10: 1, LEFT_TOP10: 2, RANK_CHANGED: 3 };

function addTicker(e, fresh) {
  const list = $("ticker-events");
  const item = h("li", { class: fresh ? "fresh" : "", "data-kind": e.kind },
    h("span", { class: "competition" }, e.competition), " ", playerLink(e.playerId, e.playerName),
    teamOf(e) ? h("span", { class: "team" }, ` (${teamOf(e)})`) : "", " ", h("span", { class: "kind" }, tickerText(e)));
  item.dataset.at = String(e.at);
  item.dataset.news = String(NEWSWORTHY[e.kind] ?? 3);
  let next = list.firstChild;
  while (next && next.dataset.at === item.dataset.at && Number(next.dataset.news) <= Number(item.dataset.news)) {
    next = next.nextSibling;
  }
  list.insertBefore(item, next);
  while (list.children.length > 25) list.lastChild.remove();
}

async function connectTicker() {
  if (state.tickerStream) state.tickerStream.close();
  $("ticker-events").replaceChildren();
  state.tickerStream = stream(`api/v1/badge-events/stream${scopeParams()}`, "badge", e => addTicker(e, true));
  try {
    (await getJson(`api/v1/badge-events?limit=10${scopeParams("&")}`)).reverse().forEach(e => addTicker(e, false));
  } catch (err) { console.warn(err); }
}

// ---- competitions, seasons and search ----
async function loadCompetitions() {
  const { defaultCompetition, competitions } = await getJson("api/v1/competitions");
  state.competitions = competitions;
  $("competition").replaceChildren(...competitions.map(c => h("option", { value: c.competition }, c.competition)));
  $("competition").value = state.competition || defaultCompetition;
  fillSeasons();
}

function fillSeasons() {
  const shown = state.competitions.find(c => c.competition === $("competition").value);
  const latest = shown && shown.latest;
  $("season").replaceChildren(h("option", { value: "" }, latest ? `latest (${latest})` : "latest"),
    ...(shown ? shown.seasons : []).map(s => h("option", { value: s.season }, s.season)));
  $("season").value = state.season;
}

let searchTimer;
async function search() {
  const q = $("query").value.trim();
  const results = $("results");
  if (q.length < 2) { results.hidden = true; return; }
  const found = await getJson(`api/v1/players?query=${encodeURIComponent(q)}&limit=10${scopeParams("&")}`);
  results.replaceChildren(...(found.players.length ? found.players.map(p => h("li", {},
      h("a", { href: `#/player/${encodeURIComponent(p.playerId)}` }, p.playerName || p.playerId, " ",
        h("span", { class: "team" }, teamOf(p)))))
    : [h("li", {}, h("a", {}, "No player found"))]));
  results.hidden = false;
}

// ---- player page ----
async function showPlayer(playerId) {
  const page = $("player");
  $("boards").hidden = true;
  page.hidden = false;
  page.replaceChildren(h("p", {}, "Loading…"));
  const path = `api/v1/players/${encodeURIComponent(playerId)}`;
  let player, history;
  try {
    [player, history] = await Promise.all([getJson(`${path}/skills${scopeParams()}`), getJson(`${path}/history${scopeParams()}`)]);
  } catch (err) {
    page.replaceChildren(h("p", { class: "empty" }, `No player ${playerId} in this competition and season.`));
    return;
  }
  page.replaceChildren(
    h("div", { class: "head" }, h("h2", { id: "player-name" }, player.playerName || player.playerId),
      h("span", { class: "meta" }, `${teamOf(player)} · ${player.minutesPlayed} minutes · ${player.competition} ${player.season}`)),
    h("div", { class: "grid" },
      ...SKILLS.map(s => skillCard(s, player)),
      h("article", { class: "card chart" }, h("h2", {}, "Score over matchdays"), scoreChart(history),
        h("div", { class: "legend" }, ...SKILLS.map(s => h("span", {}, h("i", { style: `background: var(--${s.path})` }), s.title))))));
}

function skillCard(skill, player) {
  const standing = player.skills[skill.path];
  const label = standing.rank ? `${player.playerName} – Rank ${standing.rank}` : `${player.playerName} – not ranked`;
  return h("article", { class: "card", id: `skill-${skill.path}`, style: `--c: var(--${skill.path})` },
    h("h2", {}, skill.title, " ", standing.badge ? h("span", { class: "badge" }, "Top 10") : ""),
    h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, ".."), ...skill.metrics.map(m => h("th", {}, LABELS[m])), h("th", {}, "Final score"))),
      h("tbody", {}, h("tr", {}, h("td", {}, label), ...skill.metrics.map(m => h("td", {}, formatMetric(m, standing.metrics[m]))),
        h("td", { class: "score" }, formatScore(standing.score)))),
    ),
    standing.eligible ? "" : h("p", { class: "empty" }, notRanked(skill, standing)));
}

// The sprinter ranks players with tracking only: a top speed or a sprint shows it (as the API's EmptyRanking reads it).
function notRanked(skill, standing) {
  const untracked = skill.path === "sprinter" && standing.metrics.topSpeedKmh == null && !standing.metrics.sprints;
  return untracked ? "No tracking data: the sprinter ranks players with tracking only." : "Below the minimum minutes for a ranking.";
}

function route() {
  $("results").hidden = true;
  const match = location.hash.match(/^#\/player\/(.+)$/);
  if (match) {
    showPlayer(decodeURIComponent(match[1]));
  } else {
    $("player").hidden = true;
    $("boards").hidden = false;
  }
}

$("competition").addEventListener("change", () => {
  state.competition = $("competition").value;
  state.season = "";
  fillSeasons();
  connectBoards();
  route();
});
$("season").addEventListener("change", () => { state.season = $("season").value; connectBoards(); route(); });
$("query").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 200); });
$("search").addEventListener("submit", e => { e.preventDefault(); search(); });
window.addEventListener("hashchange", route);
buildBoards();
connectBoards();
loadCompetitions().catch(err => console.warn(err));
route();
