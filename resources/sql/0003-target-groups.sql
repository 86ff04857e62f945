-- Version 3: target groups (Zielgruppen), their reachability as dated
-- assessments, and the channels through which actors reach them.

CREATE TABLE target_group (
  id           INTEGER PRIMARY KEY,
  uid          TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL CHECK (name <> ''),
  sort_key     BLOB NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  languages    TEXT NOT NULL DEFAULT '[]',    -- JSON array of language codes
  district     TEXT NOT NULL DEFAULT '',
  size         INTEGER,                       -- estimated number of people, NULL unknown
  notes        TEXT NOT NULL DEFAULT '',
  focus        INTEGER NOT NULL DEFAULT 0 CHECK (focus IN (0, 1)),
  created      TEXT NOT NULL,
  modified     TEXT NOT NULL
) STRICT;

CREATE INDEX target_group_sort ON target_group (sort_key);

-- Reachability: 0 good, 1 medium, 2 little or none. The latest assessment
-- (by date, then by id) is the current level; older ones are the history.
CREATE TABLE assessment (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE,
  group_id   INTEGER NOT NULL REFERENCES target_group (id) ON DELETE CASCADE,
  level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2),
  date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  assessor   TEXT NOT NULL DEFAULT '',
  reasoning  TEXT NOT NULL DEFAULT '',
  created    TEXT NOT NULL,
  modified   TEXT NOT NULL
) STRICT;

CREATE INDEX assessment_group ON assessment (group_id, date, id);

-- An actor reaches a target group: how (counselling, outreach, multiplier,
-- event, language-course, other), how well (0 weak, 1 regular, 2 strong),
-- and through whom.
CREATE TABLE channel (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  group_id    INTEGER NOT NULL REFERENCES target_group (id) ON DELETE CASCADE,
  how         TEXT NOT NULL DEFAULT 'other',
  strength    INTEGER NOT NULL DEFAULT 1 CHECK (strength BETWEEN 0 AND 2),
  contact_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  notes       TEXT NOT NULL DEFAULT '',
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL,
  UNIQUE (actor_id, group_id, how)
) STRICT;

CREATE INDEX channel_group ON channel (group_id);
CREATE INDEX channel_contact ON channel (contact_id);

-- The current level of every group (NULL: never assessed).
CREATE VIEW target_group_level AS
  SELECT g.id AS group_id,
         (SELECT a.level FROM assessment a WHERE a.group_id = g.id
          ORDER BY a.date DESC, a.id DESC LIMIT 1) AS level,
         (SELECT a.date FROM assessment a WHERE a.group_id = g.id
          ORDER BY a.date DESC, a.id DESC LIMIT 1) AS assessed
  FROM target_group g;

-- History and new rows as for the tables of version 1: see 0001-initial.sql.
-- dirty.tbl: 4 target_group, 5 assessment, 6 channel.

CREATE TRIGGER target_group_dirty_insert AFTER INSERT ON target_group BEGIN
  INSERT INTO dirty VALUES (4, new.id, 1);
END;

CREATE TRIGGER target_group_history_update AFTER UPDATE OF name, description, languages, district, size, notes, focus, modified ON target_group BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'target_group', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'description', old.description, 'languages', old.languages, 'district', old.district, 'size', old.size, 'notes', old.notes, 'focus', old.focus, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'name', new.name, 'description', new.description, 'languages', new.languages, 'district', new.district, 'size', new.size, 'notes', new.notes, 'focus', new.focus, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER target_group_history_delete AFTER DELETE ON target_group BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'target_group', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'description', old.description, 'languages', old.languages, 'district', old.district, 'size', old.size, 'notes', old.notes, 'focus', old.focus, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER assessment_dirty_insert AFTER INSERT ON assessment BEGIN
  INSERT INTO dirty VALUES (5, new.id, 1);
END;

CREATE TRIGGER assessment_history_update AFTER UPDATE OF group_id, level, date, assessor, reasoning, modified ON assessment BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'assessment', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'group_id', old.group_id, 'level', old.level, 'date', old.date, 'assessor', old.assessor, 'reasoning', old.reasoning, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'group_id', new.group_id, 'level', new.level, 'date', new.date, 'assessor', new.assessor, 'reasoning', new.reasoning, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER assessment_history_delete AFTER DELETE ON assessment BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'assessment', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'group_id', old.group_id, 'level', old.level, 'date', old.date, 'assessor', old.assessor, 'reasoning', old.reasoning, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER channel_dirty_insert AFTER INSERT ON channel BEGIN
  INSERT INTO dirty VALUES (6, new.id, 1);
END;

CREATE TRIGGER channel_history_update AFTER UPDATE OF actor_id, group_id, how, strength, contact_id, notes, modified ON channel BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'channel', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'actor_id', old.actor_id, 'group_id', old.group_id, 'how', old.how, 'strength', old.strength, 'contact_id', old.contact_id, 'notes', old.notes, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'actor_id', new.actor_id, 'group_id', new.group_id, 'how', new.how, 'strength', new.strength, 'contact_id', new.contact_id, 'notes', new.notes, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER channel_history_delete AFTER DELETE ON channel BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'channel', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'actor_id', old.actor_id, 'group_id', old.group_id, 'how', old.how, 'strength', old.strength, 'contact_id', old.contact_id, 'notes', old.notes, 'created', old.created, 'modified', old.modified), NULL);
END;
