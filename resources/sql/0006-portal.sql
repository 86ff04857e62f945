-- Version 6: subscriptions to a central portal (Integreat API v3), the
-- origin of every synced record, and the portal's pages as topics.

-- What a location of the portal brings that the directory did not hold:
-- barrier_free 0 unknown, 1 yes, 2 no; the coordinates (both or none).
ALTER TABLE actor ADD COLUMN barrier_free INTEGER NOT NULL DEFAULT 0
  CHECK (barrier_free BETWEEN 0 AND 2);
ALTER TABLE actor ADD COLUMN latitude REAL;
ALTER TABLE actor ADD COLUMN longitude REAL;

DROP TRIGGER actor_history_update;
DROP TRIGGER actor_history_delete;

CREATE TRIGGER actor_history_update AFTER UPDATE OF name, match_key, kind, sector, district, street, postcode, town, phone, email, website, opening_hours, description, last_verified, fields, languages, tags, barrier_free, latitude, longitude, modified ON actor BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'actor', new.id, new.uid, 'update',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'match_key', old.match_key, 'kind', old.kind, 'sector', old.sector, 'district', old.district, 'street', old.street, 'postcode', old.postcode, 'town', old.town, 'phone', old.phone, 'email', old.email, 'website', old.website, 'opening_hours', old.opening_hours, 'description', old.description, 'last_verified', old.last_verified, 'fields', old.fields, 'languages', old.languages, 'tags', old.tags, 'barrier_free', old.barrier_free, 'latitude', old.latitude, 'longitude', old.longitude, 'created', old.created, 'modified', old.modified),
          json_object ('id', new.id, 'uid', new.uid, 'name', new.name, 'match_key', new.match_key, 'kind', new.kind, 'sector', new.sector, 'district', new.district, 'street', new.street, 'postcode', new.postcode, 'town', new.town, 'phone', new.phone, 'email', new.email, 'website', new.website, 'opening_hours', new.opening_hours, 'description', new.description, 'last_verified', new.last_verified, 'fields', new.fields, 'languages', new.languages, 'tags', new.tags, 'barrier_free', new.barrier_free, 'latitude', new.latitude, 'longitude', new.longitude, 'created', new.created, 'modified', new.modified));
END;

CREATE TRIGGER actor_history_delete AFTER DELETE ON actor BEGIN
  INSERT INTO history (change, stamp, tbl, row_id, uid, op, old, new)
  VALUES (mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'actor', old.id, old.uid, 'delete',
          json_object ('id', old.id, 'uid', old.uid, 'name', old.name, 'match_key', old.match_key, 'kind', old.kind, 'sector', old.sector, 'district', old.district, 'street', old.street, 'postcode', old.postcode, 'town', old.town, 'phone', old.phone, 'email', old.email, 'website', old.website, 'opening_hours', old.opening_hours, 'description', old.description, 'last_verified', old.last_verified, 'fields', old.fields, 'languages', old.languages, 'tags', old.tags, 'barrier_free', old.barrier_free, 'latitude', old.latitude, 'longitude', old.longitude, 'created', old.created, 'modified', old.modified), NULL);
END;

-- One region of one portal. languages: a JSON array of codes, the region's
-- default language first (it is always part of it). category_map: a JSON
-- object from a location category's id (as text) to
-- {"kind": actor-kind key, "fields": [field keys]}, set by the user; a
-- category missing from it is mapped by its name (see mit-portal-map.c).
-- interval_minutes: 0 no periodic sync while the app is open.
CREATE TABLE subscription (
  id                INTEGER PRIMARY KEY,
  uid               TEXT NOT NULL UNIQUE,
  base_url          TEXT NOT NULL CHECK (base_url <> ''),
  region            TEXT NOT NULL CHECK (region <> ''),
  region_name       TEXT NOT NULL DEFAULT '',
  languages         TEXT NOT NULL DEFAULT '[]',
  category_map      TEXT NOT NULL DEFAULT '{}',
  interval_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (interval_minutes >= 0),
  last_sync         TEXT NOT NULL DEFAULT '',
  created           TEXT NOT NULL,
  modified          TEXT NOT NULL,
  UNIQUE (base_url, region)
) STRICT;

-- Where a synced actor or event came from. key: location.id or event.id
-- of the portal (stable across edits there). row_id: the record here; it
-- stays when the user deletes the record (the sync then leaves it deleted).
-- hash: the content hash of the portal's item last seen. base: the mapped
-- fields (a JSON object) as last taken from the portal, to tell local edits
-- from the portal's; theirs: the portal's values of the fields in conflict
-- with a local edit, until the user chose (NULL: no conflict). removed: when
-- the portal stopped listing the item ('' while it does).
CREATE TABLE origin (
  id               INTEGER PRIMARY KEY,
  subscription_id  INTEGER NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
  tbl              TEXT NOT NULL CHECK (tbl IN ('actor', 'event')),
  language         TEXT NOT NULL,
  key              TEXT NOT NULL,
  row_id           INTEGER NOT NULL,
  hash             TEXT NOT NULL,
  base             TEXT NOT NULL DEFAULT '{}',
  theirs           TEXT,
  removed          TEXT NOT NULL DEFAULT '',
  synced           TEXT NOT NULL,
  UNIQUE (subscription_id, tbl, key)
) STRICT;

CREATE INDEX origin_row ON origin (tbl, row_id);

-- The portal's pages, per language: a tree by path and parent_path ('' for
-- a root page). content: sanitised HTML (see mit-html-sanitize.c). Topics
-- are copies of the portal and not edited here.
CREATE TABLE topic (
  id               INTEGER PRIMARY KEY,
  subscription_id  INTEGER NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
  language         TEXT NOT NULL,
  path             TEXT NOT NULL,
  parent_path      TEXT NOT NULL DEFAULT '',
  position         INTEGER NOT NULL DEFAULT 0,
  title            TEXT NOT NULL DEFAULT '',
  content          TEXT NOT NULL DEFAULT '',
  last_updated     TEXT NOT NULL DEFAULT '',
  hash             TEXT NOT NULL,
  removed          TEXT NOT NULL DEFAULT '',
  synced           TEXT NOT NULL,
  UNIQUE (subscription_id, language, path)
) STRICT;

CREATE INDEX topic_tree ON topic (subscription_id, language, parent_path, position);
