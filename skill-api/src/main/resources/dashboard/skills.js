// The four skills as the dashboard shows them: board columns (a few key metrics) and the player page's
// full metric table, in the order of the Skill match fact's published tables.
"use strict";
const SKILLS = [
  { path: "initiator", title: "Initiator", plural: "initiators",
    board: ["xAssist", "xAssistPer90", "difficultPassesAssisted"],
    metrics: ["xAssist", "xAssistPer90", "xSecondAssist", "xSecondAssistPer90", "difficultPassesAssisted", "difficultPassesAssisted2"] },
  { path: "finisher", title: "Finisher", plural: "finishers",
    board: ["goals", "goalsPer90", "shotEfficiency"],
    metrics: ["goals", "goalsPer90", "xGoals", "shotEfficiency", "shots"] },
  { path: "sprinter", title: "Sprinter", plural: "sprinters",
    board: ["topSpeedKmh", "avgTopSpeedKmh", "sprintsPer90"],
    metrics: ["topSpeedKmh", "avgTopSpeedKmh", "sprints", "sprintsPer90"] },
  { path: "ball-winner", title: "Ball winner", plural: "ball winners",
    board: ["ballWins", "ballWinsPer90", "defensiveDuelWinRate"],
    metrics: ["defensiveDuels", "defensiveDuelsWon", "defensiveDuelWinRate", "groundDuelsWon", "aerialDuelsWon",
              "interceptions", "interceptionsPer90", "ballWins", "ballWinsPer90"] }
];

const LABELS = {
  xAssist: "xAssist", xAssistPer90: "xA/90", xSecondAssist: "xSecondAssist", xSecondAssistPer90: "xSA/90",
  difficultPassesAssisted: "Difficult passes", difficultPassesAssisted2: "Difficult passes (2nd)",
  goals: "Goals", goalsPer90: "Goals/90", xGoals: "xGoals", shotEfficiency: "Shot efficiency", shots: "Shots",
  topSpeedKmh: "Top speed", avgTopSpeedKmh: "Avg top speed", sprints: "Sprints", sprintsPer90: "Sprints/90",
  defensiveDuels: "Def. duels", defensiveDuelsWon: "Def. duels won", defensiveDuelWinRate: "Win rate",
  groundDuelsWon: "Ground duels won", aerialDuelsWon: "Aerial duels won", interceptions: "Interceptions",
  interceptionsPer90: "Int./90", ballWins: "Ball wins", ballWinsPer90: "Ball wins/90"
};

const COUNTS = new Set(["goals", "shots", "sprints", "defensiveDuels", "defensiveDuelsWon", "groundDuelsWon",
  "aerialDuelsWon", "interceptions", "ballWins", "difficultPassesAssisted", "difficultPassesAssisted2"]);

function formatMetric(name, value) {
  if (value === null || value === undefined) return "–";
  if (name === "defensiveDuelWinRate") return Math.round(value * 100) + "%";
  if (name.endsWith("Kmh")) return value.toFixed(2) + " km/h";
  return COUNTS.has(name) ? String(Math.round(value)) : value.toFixed(2);
}

function formatScore(score) {
  return score === null || score === undefined ? "–" : score.toFixed(3);
}
