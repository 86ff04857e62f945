-- Version 5: the steering group (Steuerungsgruppe) and its meetings, with
-- agenda items, minutes, decisions and action items.

-- role: 0 member, 1 chair, 2 deputy chair, 3 minute-taker. A person sits
-- in the group once, for an actor (or for none, e.g. a resident).
CREATE TABLE steering_member (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE,
  person_id  INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
  actor_id   INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  role       INTEGER NOT NULL DEFAULT 0 CHECK (role BETWEEN 0 AND 3),
  created    TEXT NOT NULL,
  modified   TEXT NOT NULL
) STRICT;

CREATE INDEX steering_member_actor ON steering_member (actor_id);

-- date "YYYY-MM-DD", time "HH:MM" or ''. The venue is an actor of the
-- directory or a free text. status: 0 planned, 1 held.
CREATE TABLE meeting (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL CHECK (title <> ''),
  date        TEXT NOT NULL,
  time        TEXT NOT NULL DEFAULT '',
  venue_id    INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  venue_text  TEXT NOT NULL DEFAULT '',
  status      INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1)),
  notes       TEXT NOT NULL DEFAULT '',
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL
) STRICT;

CREATE INDEX meeting_date ON meeting (date, time, id);
CREATE INDEX meeting_venue ON meeting (venue_id);

-- position: 1, 2, 3 … within the meeting (the store keeps them dense).
-- kind: 0 an ordinary item, 1 the open action items carried over from
-- earlier meetings (listed in agenda_action).
CREATE TABLE agenda_item (
  id               INTEGER PRIMARY KEY,
  uid              TEXT NOT NULL UNIQUE,
  meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  kind             INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1)),
  title            TEXT NOT NULL CHECK (title <> ''),
  presenter_id     INTEGER REFERENCES person (id) ON DELETE SET NULL,
  minutes          TEXT NOT NULL DEFAULT '',
  event_id         INTEGER REFERENCES event (id) ON DELETE SET NULL,
  actor_id         INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  target_group_id  INTEGER REFERENCES target_group (id) ON DELETE SET NULL,
  created          TEXT NOT NULL,
  modified         TEXT NOT NULL
) STRICT;

CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_presenter ON agenda_item (presenter_id);
CREATE INDEX agenda_item_event ON agenda_item (event_id);
CREATE INDEX agenda_item_actor ON agenda_item (actor_id);
CREATE INDEX agenda_item_target_group ON agenda_item (target_group_id);

-- kind: 0 acknowledgement (Kenntnisnahme), 1 resolution (Beschluss),
-- 2 recommendation (Empfehlung). The vote counts are all set or all NULL.
CREATE TABLE decision (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,
  item_id        INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  kind           INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2),
  text           TEXT NOT NULL DEFAULT '',
  votes_yes      INTEGER CHECK (votes_yes IS NULL OR votes_yes >= 0),
  votes_no       INTEGER CHECK (votes_no IS NULL OR votes_no >= 0),
  votes_abstain  INTEGER CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
  created        TEXT NOT NULL,
  modified       TEXT NOT NULL,
  CHECK ((votes_yes IS NULL) = (votes_no IS NULL) AND (votes_no IS NULL) = (votes_abstain IS NULL))
) STRICT;

CREATE INDEX decision_item ON decision (item_id);

-- An action item came from a meeting (and usually one of its agenda
-- items). status: 0 open, 1 done, 2 dropped. due "YYYY-MM-DD" or ''.
CREATE TABLE action_item (
  id               INTEGER PRIMARY KEY,
  uid              TEXT NOT NULL UNIQUE,
  meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  item_id          INTEGER REFERENCES agenda_item (id) ON DELETE CASCADE,
  title            TEXT NOT NULL CHECK (title <> ''),
  owner_id         INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due              TEXT NOT NULL DEFAULT '',
  status           INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
  event_id         INTEGER REFERENCES event (id) ON DELETE SET NULL,
  actor_id         INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  target_group_id  INTEGER REFERENCES target_group (id) ON DELETE SET NULL,
  created          TEXT NOT NULL,
  modified         TEXT NOT NULL
) STRICT;

CREATE INDEX action_item_meeting ON action_item (meeting_id, status);
CREATE INDEX action_item_item ON action_item (item_id);
CREATE INDEX action_item_owner ON action_item (owner_id);
CREATE INDEX action_item_event ON action_item (event_id);
CREATE INDEX action_item_actor ON action_item (actor_id);
CREATE INDEX action_item_target_group ON action_item (target_group_id);

-- The open action items an "open action items" agenda item lists: the
-- ones carried over into that meeting. Each is carried into a meeting once.
CREATE TABLE agenda_action (
  id         INTEGER PRIMARY KEY,
  item_id    INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  action_id  INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  created    TEXT NOT NULL,
  UNIQUE (item_id, action_id)
) STRICT;

CREATE INDEX agenda_action_action ON agenda_action (action_id);

-- History as for the events (see 0004-events.sql): inserts, updates and
-- deletes, each under the change of its transaction.

CREATE TRIGGER steering_member_history_insert AFTER INSERT ON steering_member BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'steering_member', new.id, new.uid, 'insert');
END;

CREATE TRIGGER steering_member_history_update AFTER UPDATE OF person_id, actor_id, role, modified ON steering_member BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'steering_member', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'person_id', old.person_id, 'actor_id', old.actor_id, 'role', old.role, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'person_id', new.person_id, 'actor_id', new.actor_id, 'role', new.role, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER steering_member_history_delete AFTER DELETE ON steering_member BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'steering_member', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'person_id', old.person_id, 'actor_id', old.actor_id, 'role', old.role, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER meeting_history_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'meeting', new.id, new.uid, 'insert');
END;

CREATE TRIGGER meeting_history_update AFTER UPDATE OF title, date, time, venue_id, venue_text, status, notes, modified ON meeting BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'meeting', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'title', old.title, 'date', old.date, 'time', old.time, 'venue_id', old.venue_id, 'venue_text', old.venue_text, 'status', old.status, 'notes', old.notes, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'title', new.title, 'date', new.date, 'time', new.time, 'venue_id', new.venue_id, 'venue_text', new.venue_text, 'status', new.status, 'notes', new.notes, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER meeting_history_delete AFTER DELETE ON meeting BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'meeting', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'title', old.title, 'date', old.date, 'time', old.time, 'venue_id', old.venue_id, 'venue_text', old.venue_text, 'status', old.status, 'notes', old.notes, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER agenda_item_history_insert AFTER INSERT ON agenda_item BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'agenda_item', new.id, new.uid, 'insert');
END;

CREATE TRIGGER agenda_item_history_update AFTER UPDATE OF meeting_id, position, kind, title, presenter_id, minutes, event_id, actor_id, target_group_id, modified ON agenda_item BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'agenda_item', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'meeting_id', old.meeting_id, 'position', old.position, 'kind', old.kind, 'title', old.title, 'presenter_id', old.presenter_id, 'minutes', old.minutes, 'event_id', old.event_id, 'actor_id', old.actor_id, 'target_group_id', old.target_group_id, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'meeting_id', new.meeting_id, 'position', new.position, 'kind', new.kind, 'title', new.title, 'presenter_id', new.presenter_id, 'minutes', new.minutes, 'event_id', new.event_id, 'actor_id', new.actor_id, 'target_group_id', new.target_group_id, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER agenda_item_history_delete AFTER DELETE ON agenda_item BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'agenda_item', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'meeting_id', old.meeting_id, 'position', old.position, 'kind', old.kind, 'title', old.title, 'presenter_id', old.presenter_id, 'minutes', old.minutes, 'event_id', old.event_id, 'actor_id', old.actor_id, 'target_group_id', old.target_group_id, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER decision_history_insert AFTER INSERT ON decision BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'decision', new.id, new.uid, 'insert');
END;

CREATE TRIGGER decision_history_update AFTER UPDATE OF item_id, kind, text, votes_yes, votes_no, votes_abstain, modified ON decision BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'decision', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'item_id', old.item_id, 'kind', old.kind, 'text', old.text, 'votes_yes', old.votes_yes, 'votes_no', old.votes_no, 'votes_abstain', old.votes_abstain, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'item_id', new.item_id, 'kind', new.kind, 'text', new.text, 'votes_yes', new.votes_yes, 'votes_no', new.votes_no, 'votes_abstain', new.votes_abstain, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER decision_history_delete AFTER DELETE ON decision BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'decision', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'item_id', old.item_id, 'kind', old.kind, 'text', old.text, 'votes_yes', old.votes_yes, 'votes_no', old.votes_no, 'votes_abstain', old.votes_abstain, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER action_item_history_insert AFTER INSERT ON action_item BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'action_item', new.id, new.uid, 'insert');
END;

CREATE TRIGGER action_item_history_update AFTER UPDATE OF meeting_id, item_id, title, owner_id, due, status, event_id, actor_id, target_group_id, modified ON action_item BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'action_item', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'meeting_id', old.meeting_id, 'item_id', old.item_id, 'title', old.title, 'owner_id', old.owner_id, 'due', old.due, 'status', old.status, 'event_id', old.event_id, 'actor_id', old.actor_id, 'target_group_id', old.target_group_id, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'meeting_id', new.meeting_id, 'item_id', new.item_id, 'title', new.title, 'owner_id', new.owner_id, 'due', new.due, 'status', new.status, 'event_id', new.event_id, 'actor_id', new.actor_id, 'target_group_id', new.target_group_id, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER action_item_history_delete AFTER DELETE ON action_item BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'action_item', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'meeting_id', old.meeting_id, 'item_id', old.item_id, 'title', old.title, 'owner_id', old.owner_id, 'due', old.due, 'status', old.status, 'event_id', old.event_id, 'actor_id', old.actor_id, 'target_group_id', old.target_group_id, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER agenda_action_history_insert AFTER INSERT ON agenda_action BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'agenda_action', new.id, NULL, 'insert');
END;

CREATE TRIGGER agenda_action_history_delete AFTER DELETE ON agenda_action BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'agenda_action', old.id, NULL, 'delete',
          json_object ('id', old.id, 'item_id', old.item_id, 'action_id', old.action_id, 'created', old.created), NULL);
END;
