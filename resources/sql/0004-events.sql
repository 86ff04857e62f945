-- Version 4: events (Veranstaltungen, Workshops, Netzwerktreffen), their
-- planning tasks and registrations.

INSERT INTO vocabulary (vocabulary, key, label, builtin, position) VALUES
  ('event-kind', 'workshop',          'Workshop',          1, 1),
  ('event-kind', 'network-meeting',   'Network meeting',   1, 2),
  ('event-kind', 'information-event', 'Information event', 1, 3),
  ('event-kind', 'festival',          'Festival',          1, 4),
  ('event-kind', 'training-day',      'Training day',      1, 5),
  ('event-kind', 'other',             'Other',             1, 1000);

-- Times are local wall-clock times in the event's time zone (tzid, an Olson
-- name): "YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DD" for all-day events, whose
-- end is the last day (inclusive). rrule is the RFC 5545 rule without
-- "RRULE:" ('' when the event does not recur); exdates a JSON array of
-- excluded occurrences in the form of "starts" (or a date, which excludes
-- that day). first_utc and last_utc (Unix seconds) bound all occurrences,
-- for range queries: the start of the first, the end of the last (NULL
-- when the rule has no end). MitStore computes them from the rest.
CREATE TABLE event (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL CHECK (title <> ''),
  kind           TEXT NOT NULL DEFAULT 'other',
  description    TEXT NOT NULL DEFAULT '',
  starts         TEXT NOT NULL,
  ends           TEXT NOT NULL,
  tzid           TEXT NOT NULL DEFAULT 'Europe/Berlin',
  all_day        INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
  rrule          TEXT NOT NULL DEFAULT '',
  exdates        TEXT NOT NULL DEFAULT '[]',
  venue_id       INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  venue_address  TEXT NOT NULL DEFAULT '',
  organisers     TEXT NOT NULL DEFAULT '[]',   -- JSON array of actor ids
  target_groups  TEXT NOT NULL DEFAULT '[]',   -- JSON array of target group ids
  languages      TEXT NOT NULL DEFAULT '[]',   -- JSON array of language codes
  capacity       INTEGER CHECK (capacity IS NULL OR capacity >= 0),  -- NULL: no limit
  status         INTEGER NOT NULL DEFAULT 1 CHECK (status BETWEEN 0 AND 4),
  notes          TEXT NOT NULL DEFAULT '',     -- documentation
  first_utc      INTEGER NOT NULL,
  last_utc       INTEGER,
  created        TEXT NOT NULL,
  modified       TEXT NOT NULL
) STRICT;

CREATE INDEX event_first ON event (first_utc);
CREATE INDEX event_venue ON event (venue_id);

CREATE TABLE event_task (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE,
  event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  title      TEXT NOT NULL CHECK (title <> ''),
  due        TEXT NOT NULL DEFAULT '',        -- "YYYY-MM-DD" or ''
  owner_id   INTEGER REFERENCES person (id) ON DELETE SET NULL,
  done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  created    TEXT NOT NULL,
  modified   TEXT NOT NULL
) STRICT;

CREATE INDEX event_task_event ON event_task (event_id, done, due);
CREATE INDEX event_task_owner ON event_task (owner_id);

-- status: 0 registered, 1 waiting list, 2 cancelled, 3 attended, 4 no-show.
-- "position" orders the registrations of an event (first come, first
-- served): the waiting list moves up in that order.
CREATE TABLE registration (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE,
  event_id      INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  name          TEXT NOT NULL CHECK (name <> ''),
  sort_key      BLOB NOT NULL,
  contact       TEXT NOT NULL DEFAULT '',
  organisation  TEXT NOT NULL DEFAULT '',
  consent       INTEGER NOT NULL DEFAULT 0 CHECK (consent BETWEEN 0 AND 3),
  status        INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
  position      INTEGER NOT NULL,
  created       TEXT NOT NULL,
  modified      TEXT NOT NULL
) STRICT;

CREATE INDEX registration_event ON registration (event_id, position);

-- An actor or target group that is deleted leaves the events' lists; the
-- update is recorded in the history under the same change, so undoing the
-- deletion puts it back.
CREATE TRIGGER event_actor_delete AFTER DELETE ON actor BEGIN
  UPDATE event SET organisers = (SELECT json_group_array (value) FROM json_each (organisers)
                                 WHERE value <> old.id)
  WHERE instr (organisers, old.id) > 0
    AND EXISTS (SELECT 1 FROM json_each (organisers) WHERE value = old.id);
END;

CREATE TRIGGER event_target_group_delete AFTER DELETE ON target_group BEGIN
  UPDATE event SET target_groups = (SELECT json_group_array (value) FROM json_each (target_groups)
                                    WHERE value <> old.id)
  WHERE instr (target_groups, old.id) > 0
    AND EXISTS (SELECT 1 FROM json_each (target_groups) WHERE value = old.id);
END;

-- History as for the tables before (see 0001-initial.sql), except that
-- inserts are recorded by a trigger too: these tables have no search
-- entries to rewrite at commit.

CREATE TRIGGER event_history_insert AFTER INSERT ON event BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'event', new.id, new.uid, 'insert');
END;

CREATE TRIGGER event_history_update AFTER UPDATE OF title, kind, description, starts, ends, tzid, all_day, rrule, exdates, venue_id, venue_address, organisers, target_groups, languages, capacity, status, notes, first_utc, last_utc, modified ON event BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'event', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'title', old.title, 'kind', old.kind, 'description', old.description, 'starts', old.starts, 'ends', old.ends, 'tzid', old.tzid, 'all_day', old.all_day, 'rrule', old.rrule, 'exdates', old.exdates, 'venue_id', old.venue_id, 'venue_address', old.venue_address, 'organisers', old.organisers, 'target_groups', old.target_groups, 'languages', old.languages, 'capacity', old.capacity, 'status', old.status, 'notes', old.notes, 'first_utc', old.first_utc, 'last_utc', old.last_utc, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'title', new.title, 'kind', new.kind, 'description', new.description, 'starts', new.starts, 'ends', new.ends, 'tzid', new.tzid, 'all_day', new.all_day, 'rrule', new.rrule, 'exdates', new.exdates, 'venue_id', new.venue_id, 'venue_address', new.venue_address, 'organisers', new.organisers, 'target_groups', new.target_groups, 'languages', new.languages, 'capacity', new.capacity, 'status', new.status, 'notes', new.notes, 'first_utc', new.first_utc, 'last_utc', new.last_utc, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER event_history_delete AFTER DELETE ON event BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'event', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'title', old.title, 'kind', old.kind, 'description', old.description, 'starts', old.starts, 'ends', old.ends, 'tzid', old.tzid, 'all_day', old.all_day, 'rrule', old.rrule, 'exdates', old.exdates, 'venue_id', old.venue_id, 'venue_address', old.venue_address, 'organisers', old.organisers, 'target_groups', old.target_groups, 'languages', old.languages, 'capacity', old.capacity, 'status', old.status, 'notes', old.notes, 'first_utc', old.first_utc, 'last_utc', old.last_utc, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER event_task_history_insert AFTER INSERT ON event_task BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'event_task', new.id, new.uid, 'insert');
END;

CREATE TRIGGER event_task_history_update AFTER UPDATE OF event_id, title, due, owner_id, done, modified ON event_task BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'event_task', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'event_id', old.event_id, 'title', old.title, 'due', old.due, 'owner_id', old.owner_id, 'done', old.done, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'event_id', new.event_id, 'title', new.title, 'due', new.due, 'owner_id', new.owner_id, 'done', new.done, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER event_task_history_delete AFTER DELETE ON event_task BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'event_task', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'event_id', old.event_id, 'title', old.title, 'due', old.due, 'owner_id', old.owner_id, 'done', old.done, 'created', old.created, 'modified', old.modified), NULL);
END;

CREATE TRIGGER registration_history_insert AFTER INSERT ON registration BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'registration', new.id, new.uid, 'insert');
END;

CREATE TRIGGER registration_history_update AFTER UPDATE OF event_id, name, contact, organisation, consent, status, position, modified ON registration BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'registration', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'event_id', old.event_id, 'name', old.name, 'contact', old.contact, 'organisation', old.organisation, 'consent', old.consent, 'status', old.status, 'position', old.position, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'event_id', new.event_id, 'name', new.name, 'contact', new.contact, 'organisation', new.organisation, 'consent', new.consent, 'status', new.status, 'position', new.position, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER registration_history_delete AFTER DELETE ON registration BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'registration', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'event_id', old.event_id, 'name', old.name, 'contact', old.contact, 'organisation', old.organisation, 'consent', old.consent, 'status', old.status, 'position', old.position, 'created', old.created, 'modified', old.modified), NULL);
END;
