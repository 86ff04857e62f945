-- Miteinander database, version 1: the actor directory.
-- Applied by MitStore inside one transaction; PRAGMA user_version is set
-- by the store after this file ran.

CREATE TABLE vocabulary (
  id          INTEGER PRIMARY KEY,
  vocabulary  TEXT NOT NULL,
  key         TEXT NOT NULL,
  label       TEXT NOT NULL,
  builtin     INTEGER NOT NULL DEFAULT 0,
  position    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (vocabulary, key)
) STRICT;

INSERT INTO vocabulary (vocabulary, key, label, builtin, position) VALUES
  ('actor-kind', 'welfare-association',  'Welfare association',   1, 1),
  ('actor-kind', 'migrant-organisation', 'Migrant organisation',  1, 2),
  ('actor-kind', 'volunteer-initiative', 'Volunteer initiative',  1, 3),
  ('actor-kind', 'club',                 'Club',                  1, 4),
  ('actor-kind', 'school',               'School',                1, 5),
  ('actor-kind', 'day-care',             'Day-care centre',       1, 6),
  ('actor-kind', 'authority',            'Public authority',      1, 7),
  ('actor-kind', 'job-centre',           'Job centre',            1, 8),
  ('actor-kind', 'religious-community',  'Religious community',   1, 9),
  ('actor-kind', 'counselling',          'Counselling service',   1, 10),
  ('actor-kind', 'education-provider',   'Education provider',    1, 11),
  ('actor-kind', 'other',                'Other',                 1, 1000),
  ('field', 'language',             'Language',              1, 1),
  ('field', 'education',            'Education',             1, 2),
  ('field', 'work',                 'Work',                  1, 3),
  ('field', 'housing',              'Housing',               1, 4),
  ('field', 'health',               'Health',                1, 5),
  ('field', 'counselling',          'Counselling',           1, 6),
  ('field', 'culture-sport',        'Culture and sport',     1, 7),
  ('field', 'participation',        'Participation',         1, 8),
  ('field', 'anti-discrimination',  'Anti-discrimination',   1, 9),
  ('field', 'women-empowerment',    'Women and empowerment', 1, 10),
  ('field', 'youth',                'Youth',                 1, 11),
  ('field', 'seniors',              'Seniors',               1, 12);

CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;

CREATE TABLE actor (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL CHECK (name <> ''),
  sort_key       BLOB NOT NULL,
  match_key      TEXT NOT NULL,       -- name folded for duplicate checks
  kind           TEXT NOT NULL DEFAULT 'other',
  sector         INTEGER NOT NULL DEFAULT 0 CHECK (sector BETWEEN 0 AND 2),
  district       TEXT NOT NULL DEFAULT '',
  street         TEXT NOT NULL DEFAULT '',
  postcode       TEXT NOT NULL DEFAULT '',
  town           TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  email          TEXT NOT NULL DEFAULT '',
  website        TEXT NOT NULL DEFAULT '',
  opening_hours  TEXT NOT NULL DEFAULT '',
  description    TEXT NOT NULL DEFAULT '',
  last_verified  TEXT NOT NULL DEFAULT '',
  fields         TEXT NOT NULL DEFAULT '[]',  -- JSON arrays of keys
  languages      TEXT NOT NULL DEFAULT '[]',
  tags           TEXT NOT NULL DEFAULT '',  -- comma-separated, searchable
  created        TEXT NOT NULL,
  modified       TEXT NOT NULL
) STRICT;

CREATE INDEX actor_sort ON actor (sort_key);
CREATE INDEX actor_match ON actor (match_key);
CREATE INDEX actor_kind ON actor (kind, sort_key);
CREATE INDEX actor_district ON actor (district);

-- The multi-valued lists again as rows, so filters use an index. MitStore
-- keeps them from the JSON arrays of the actor row (see "dirty" below).
CREATE TABLE actor_field (
  actor_id  INTEGER NOT NULL,
  field     TEXT NOT NULL,
  PRIMARY KEY (field, actor_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE actor_language (
  actor_id  INTEGER NOT NULL,
  language  TEXT NOT NULL,
  PRIMARY KEY (language, actor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX actor_field_actor ON actor_field (actor_id);
CREATE INDEX actor_language_actor ON actor_language (actor_id);

CREATE TABLE person (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL CHECK (name <> ''),
  sort_key      BLOB NOT NULL,
  salutation    TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  languages     TEXT NOT NULL DEFAULT '[]',
  volunteer     INTEGER NOT NULL DEFAULT 0 CHECK (volunteer IN (0, 1)),
  consent       INTEGER NOT NULL DEFAULT 0 CHECK (consent BETWEEN 0 AND 3),
  consent_date  TEXT NOT NULL DEFAULT '',
  created       TEXT NOT NULL,
  modified      TEXT NOT NULL
) STRICT;

CREATE INDEX person_sort ON person (sort_key);

CREATE TABLE affiliation (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  actor_id   INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  role       TEXT NOT NULL DEFAULT '',
  UNIQUE (person_id, actor_id)
) STRICT;

CREATE INDEX affiliation_actor ON affiliation (actor_id);

-- Full-text search. rowid = actor.id / person.id. MitStore fills them through
-- mit_fold(), which spells letters that have no accent to remove the way a
-- German keyboard types them (ı → i, ß → ss, ø → o …); the tokenizer removes
-- the accents.
CREATE VIRTUAL TABLE actor_fts USING fts5 (
  name, description, address, tags, people,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE VIRTUAL TABLE person_fts USING fts5 (
  name, contact,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Derived data is not written row by row: FTS5 writes out its pending
-- index at every statement savepoint, so a trigger per row would make one
-- index segment per row, and per-row list copies cost as much as the row.
-- Triggers only note which rows changed; before each commit MitStore
-- rewrites their search entries and list rows (actor_field,
-- actor_language) in one statement each.
-- No unique key: a row may be noted twice (the rewrite takes each once),
-- and plain inserts keep the triggers free of conflicts under any ON
-- CONFLICT policy of the statement that fires them.
CREATE TABLE dirty (
  tbl       INTEGER NOT NULL,            -- 1 actor, 2 person, 3 affiliation
  id        INTEGER NOT NULL,
  inserted  INTEGER NOT NULL DEFAULT 0   -- 1: a new row, for the history
) STRICT;

CREATE TRIGGER actor_fts_insert AFTER INSERT ON actor BEGIN
  INSERT INTO dirty VALUES (1, new.id, 1);
END;

CREATE TRIGGER actor_fts_update AFTER UPDATE OF name, description, street, postcode, town,
    district, tags, fields, languages ON actor BEGIN
  INSERT INTO dirty VALUES (1, new.id, 0);
END;

CREATE TRIGGER actor_fts_delete AFTER DELETE ON actor BEGIN
  INSERT INTO dirty VALUES (1, old.id, 0);
END;

CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
  INSERT INTO dirty VALUES (2, new.id, 1);
END;

-- An actor's entry also holds the names of its people.
CREATE TRIGGER person_fts_update AFTER UPDATE OF name, email, phone ON person BEGIN
  INSERT INTO dirty VALUES (2, new.id, 0);
  INSERT INTO dirty SELECT 1, actor_id, 0 FROM affiliation WHERE person_id = new.id;
END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
  INSERT INTO dirty VALUES (2, old.id, 0);
END;

CREATE TRIGGER affiliation_fts_insert AFTER INSERT ON affiliation BEGIN
  INSERT INTO dirty VALUES (1, new.actor_id, 0);
  INSERT INTO dirty VALUES (3, new.id, 1);
END;

CREATE TRIGGER affiliation_fts_update AFTER UPDATE OF actor_id, person_id ON affiliation BEGIN
  INSERT INTO dirty VALUES (1, old.actor_id, 0);
  INSERT INTO dirty VALUES (1, new.actor_id, 0);
END;

CREATE TRIGGER affiliation_fts_delete AFTER DELETE ON affiliation BEGIN
  INSERT INTO dirty VALUES (1, old.actor_id, 0);
END;

-- History: every row change, grouped by change number (mit_change()), with
-- the whole old and new row as JSON. Updates and deletes are recorded by the
-- triggers below; inserts by MitStore before the commit, from "dirty", in
-- one statement (they record no new row: the row itself, or the next
-- change's old value, is it). Drives undo and "recently changed".
CREATE TABLE history (
  id         INTEGER PRIMARY KEY,
  change     INTEGER NOT NULL,
  stamp      TEXT NOT NULL,
  tbl        TEXT NOT NULL,
  row_id     INTEGER NOT NULL,
  uid        TEXT,
  op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  old        TEXT,
  new        TEXT
) STRICT;

CREATE INDEX history_change ON history (change);
-- Deleted persons whose traces are not erased yet (see MitStore).
CREATE INDEX history_person_delete ON history (uid) WHERE tbl = 'person' AND op = 'delete';

-- History triggers (generated once by hand from the column lists above).


CREATE TRIGGER actor_history_update AFTER UPDATE OF name, match_key, kind, sector, district, street, postcode, town, phone, email, website, opening_hours, description, last_verified, fields, languages, tags, modified ON actor BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'actor', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'match_key', old.match_key, 'kind', old.kind, 'sector', old.sector, 'district', old.district, 'street', old.street, 'postcode', old.postcode, 'town', old.town, 'phone', old.phone, 'email', old.email, 'website', old.website, 'opening_hours', old.opening_hours, 'description', old.description, 'last_verified', old.last_verified, 'fields', old.fields, 'languages', old.languages, 'tags', old.tags, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'name', new.name, 'match_key', new.match_key, 'kind', new.kind, 'sector', new.sector, 'district', new.district, 'street', new.street, 'postcode', new.postcode, 'town', new.town, 'phone', new.phone, 'email', new.email, 'website', new.website, 'opening_hours', new.opening_hours, 'description', new.description, 'last_verified', new.last_verified, 'fields', new.fields, 'languages', new.languages, 'tags', new.tags, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER actor_history_delete AFTER DELETE ON actor BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'actor', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'match_key', old.match_key, 'kind', old.kind, 'sector', old.sector, 'district', old.district, 'street', old.street, 'postcode', old.postcode, 'town', old.town, 'phone', old.phone, 'email', old.email, 'website', old.website, 'opening_hours', old.opening_hours, 'description', old.description, 'last_verified', old.last_verified, 'fields', old.fields, 'languages', old.languages, 'tags', old.tags, 'created', old.created, 'modified', old.modified), NULL);
END;


CREATE TRIGGER person_history_update AFTER UPDATE OF name, salutation, phone, email, languages, volunteer, consent, consent_date, modified ON person BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'person', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'salutation', old.salutation, 'phone', old.phone, 'email', old.email, 'languages', old.languages, 'volunteer', old.volunteer, 'consent', old.consent, 'consent_date', old.consent_date, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'name', new.name, 'salutation', new.salutation, 'phone', new.phone, 'email', new.email, 'languages', new.languages, 'volunteer', new.volunteer, 'consent', new.consent, 'consent_date', new.consent_date, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER person_history_delete AFTER DELETE ON person BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'person', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'salutation', old.salutation, 'phone', old.phone, 'email', old.email, 'languages', old.languages, 'volunteer', old.volunteer, 'consent', old.consent, 'consent_date', old.consent_date, 'created', old.created, 'modified', old.modified), NULL);
END;


CREATE TRIGGER affiliation_history_update AFTER UPDATE OF person_id, actor_id, role ON affiliation BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'affiliation', new.id, NULL, 'update',
          json_object ('id', old.id, 'person_id', old.person_id, 'actor_id', old.actor_id, 'role', old.role),
          json_object ('id', new.id, 'person_id', new.person_id, 'actor_id', new.actor_id, 'role', new.role));
END;

CREATE TRIGGER affiliation_history_delete AFTER DELETE ON affiliation BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'affiliation', old.id, NULL, 'delete',
          json_object ('id', old.id, 'person_id', old.person_id, 'actor_id', old.actor_id, 'role', old.role), NULL);
END;
