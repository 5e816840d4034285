-- One row per fact: its highest version, deletions kept as tombstones (deleted = true) so that a
-- stale version arriving after its deletion stays stale.
CREATE TABLE match_fact (
    fact_id           text        PRIMARY KEY,
    version           integer     NOT NULL CHECK (version >= 1),
    type              text        NOT NULL,
    deleted           boolean     NOT NULL,
    season            text        NOT NULL,
    matchday          integer     NOT NULL,
    match_id          text        NOT NULL,
    occurred_at       timestamptz NOT NULL,
    team_id           text,
    player_id         text,
    -- The fact in contract form, exactly as republished on match-fact-updates.
    payload           jsonb       NOT NULL,
    -- The match this fact belonged to before its latest version moved it (to retract it there).
    previous_match_id text,
    -- The message that wrote this version: a replay of that same message republishes, a duplicate does not.
    source_topic      text        NOT NULL,
    source_partition  integer     NOT NULL,
    source_offset     bigint      NOT NULL,
    stored_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX match_fact_by_match ON match_fact (match_id);
CREATE INDEX match_fact_by_season_player ON match_fact (season, player_id);
