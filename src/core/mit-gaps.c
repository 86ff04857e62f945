/* mit-gaps.c: the gaps in the network
 *
 * One read-only query per rule (see mit-gaps.h for the rules), each
 * set-based: no query per row. The notes at each query say which index it
 * relies on; tests/bench/mit-bench-gaps.c times the whole report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitGaps"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mit-gaps.h"
#include "mit-languages.h"
#include "mit-validate.h"
#include "mit-store-private.h"

/* ---- MitGap ---------------------------------------------------------------- */

MitGap *
mit_gap_ref (MitGap *gap)
{
  return g_atomic_rc_box_acquire (gap);
}

void
mit_gap_unref (MitGap *gap)
{
  /* The texts live in the same block (see gap_new()). */
  g_atomic_rc_box_release (gap);
}

G_DEFINE_BOXED_TYPE (MitGap, mit_gap, mit_gap_ref, mit_gap_unref)

static const struct
{
  const char *key;
  const char *label;
} kinds[MIT_GAP_N_KINDS] = {
  [MIT_GAP_NO_CHANNEL] = { "no-channel", N_("No channel") },
  [MIT_GAP_WEAK_CHANNELS_ONLY] = { "weak-channels-only", N_("Only weak channels") },
  [MIT_GAP_NO_MULTIPLIER] = { "no-multiplier", N_("No multiplier") },
  [MIT_GAP_LANGUAGE] = { "language-gap", N_("Language not offered in counselling") },
  [MIT_GAP_FIELD] = { "field-gap", N_("Field of action missing in a district") },
  [MIT_GAP_STALE_ASSESSMENT] = { "stale-assessment", N_("Assessment out of date") },
  [MIT_GAP_UNVERIFIED_ACTOR] = { "unverified-actor", N_("Actor not verified for long") },
};

static const char *record_keys[] = {
  [MIT_GAP_RECORD_TARGET_GROUP] = "target-group",
  [MIT_GAP_RECORD_ACTOR] = "actor",
  [MIT_GAP_RECORD_DISTRICT] = "district",
};

const char *
mit_gap_kind_to_key (MitGapKind kind)
{
  if ((guint) kind >= MIT_GAP_N_KINDS)
    return NULL;
  return kinds[kind].key;
}

gboolean
mit_gap_kind_from_key (const char *key,
                       MitGapKind *kind)
{
  for (guint i = 0; key && i < MIT_GAP_N_KINDS; i++)
    if (strcmp (kinds[i].key, key) == 0)
      {
        if (kind)
          *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
mit_gap_kind_get_label (MitGapKind kind)
{
  if ((guint) kind >= MIT_GAP_N_KINDS)
    return NULL;
  return _(kinds[kind].label);
}

const char *
mit_gap_record_to_key (MitGapRecord record)
{
  if ((guint) record >= G_N_ELEMENTS (record_keys))
    return NULL;
  return record_keys[record];
}

/* ---- options ------------------------------------------------------------------ */

void
mit_gap_options_init (MitGapOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  g_date_clear (&options->today, 1);
  options->stale_months = MIT_GAP_DEFAULT_STALE_MONTHS;
}

gboolean
mit_gap_options_set_today (MitGapOptions *options,
                           const char    *date)
{
  GDate parsed;

  g_return_val_if_fail (options != NULL, FALSE);

  if (!mit_date_parse (date, &parsed))
    return FALSE;
  options->today = parsed;
  return TRUE;
}

/* ---- finding ------------------------------------------------------------------- */

typedef struct
{
  MitStore   *store;
  GPtrArray  *gaps;
  GHashTable *date_labels;   /* Julian day → label, for this report */
  guint       months;
  char        cutoff[11];
} Finder;

/* One allocation per gap: the texts follow the struct. A report can hold
 * 100 000 gaps; four allocations and a formatted sentence each were most of
 * its time, so the sentence is written when asked for
 * (mit_gap_dup_description()). */
static MitGap *
gap_new (Finder       *finder,
         MitGapKind    kind,
         MitGapRecord  record,
         gint64        record_id,
         const char   *uid,
         const char   *name,
         const char   *detail,
         const char   *detail_label)
{
  const char *texts[4] = { uid, name ? name : "", detail, detail_label };
  char **fields[4];
  gsize lengths[4];
  gsize total = 0;
  MitGap *gap;
  char *p;

  for (guint i = 0; i < 4; i++)
    {
      lengths[i] = texts[i] ? strlen (texts[i]) + 1 : 0;
      total += lengths[i];
    }
  gap = g_atomic_rc_box_alloc (sizeof (MitGap) + total);
  gap->kind = kind;
  gap->record = record;
  gap->record_id = record_id;
  gap->stale_months = finder->months;
  fields[0] = &gap->uid;
  fields[1] = &gap->name;
  fields[2] = &gap->detail;
  fields[3] = &gap->detail_label;
  p = (char *) (gap + 1);
  for (guint i = 0; i < 4; i++)
    {
      *fields[i] = texts[i] ? memcpy (p, texts[i], lengths[i]) : NULL;
      p += lengths[i];
    }
  return gap;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

/* A stored date as people read it; the text itself if it is not a date.
 * Cached by the date as a number: the reports of a large directory look
 * up the same few thousand dates 100 000 times. */
static const char *
date_label (Finder     *finder,
            const char *date)
{
  GDate parsed;
  guint key = 0;
  char *label;

  if (mit_date_parse (date, &parsed))
    key = g_date_get_julian (&parsed);
  if (key != 0 && (label = g_hash_table_lookup (finder->date_labels, GUINT_TO_POINTER (key))))
    return label;

  if (key != 0)
    {
      label = mit_date_format (date);
      g_hash_table_insert (finder->date_labels, GUINT_TO_POINTER (key), label);
      return label;
    }
  return date;
}

static gboolean
step_failed (Finder       *finder,
             sqlite3_stmt *stmt,
             int           rc,
             GError      **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return FALSE;
  _mit_store_set_error (finder->store, error, rc, _("Could not find the gaps"));
  return TRUE;
}

/* Rule 1. For each group, one search in channel_group that stops at the
 * first channel that is not weak; only the groups without one are counted
 * (channel_group alone). Reading every channel's row for max (strength)
 * took twice as long. */
static gboolean
find_channel_gaps (Finder  *finder,
                   GError **error)
{
  g_autoptr(GPtrArray) weak = g_ptr_array_new_with_free_func ((GDestroyNotify) mit_gap_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _mit_store_prepare (finder->store,
                             "SELECT g.id, g.uid, g.name,"
                             "  (SELECT count (*) FROM channel c WHERE c.group_id = g.id) "
                             "FROM target_group g "
                             "WHERE NOT EXISTS ("
                             "  SELECT 1 FROM channel c WHERE c.group_id = g.id AND c.strength > 0) "
                             "ORDER BY g.sort_key, g.id",
                             error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *uid = column_text (stmt, 1);
      const char *name = column_text (stmt, 2);
      guint n = sqlite3_column_int (stmt, 3);

      if (n == 0)
        g_ptr_array_add (finder->gaps,
                         gap_new (finder, MIT_GAP_NO_CHANNEL, MIT_GAP_RECORD_TARGET_GROUP,
                                  id, uid, name, NULL, NULL));
      else
        {
          char count[16];
          g_autofree char *label = g_strdup_printf (ngettext ("%u weak channel",
                                                              "%u weak channels", n), n);

          g_snprintf (count, sizeof count, "%u", n);
          g_ptr_array_add (weak, gap_new (finder, MIT_GAP_WEAK_CHANNELS_ONLY,
                                          MIT_GAP_RECORD_TARGET_GROUP, id, uid, name,
                                          count, label));
        }
    }
  if (step_failed (finder, stmt, rc, error))
    return FALSE;

  g_ptr_array_extend_and_steal (finder->gaps, g_steal_pointer (&weak));
  return TRUE;
}

/* Rule 2. The current levels once (the latest assessment, as in the view
 * target_group_level: one search in assessment_group per group); the actors that reach a well-reached group; the groups
 * those actors serve as multipliers; the medium-reached groups not among
 * them. The "+" keeps SQLite from probing the channel index once per such
 * actor and group (600 ms for 2 000 groups): one scan of the channels is
 * cheaper. */
static gboolean
find_multiplier_gaps (Finder  *finder,
                      GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _mit_store_prepare (finder->store,
                             "WITH level AS MATERIALIZED ("
                             "  SELECT g.id AS group_id, ("
                             "    SELECT x.level FROM assessment x WHERE x.group_id = g.id"
                             "    ORDER BY x.date DESC, x.id DESC LIMIT 1) AS level"
                             "  FROM target_group g), "
                             "bridge (actor_id) AS ("
                             "  SELECT c.actor_id FROM channel c"
                             "  WHERE +c.group_id IN (SELECT group_id FROM level WHERE level = 0)), "
                             "served (group_id) AS ("
                             "  SELECT m.group_id FROM channel m"
                             "  WHERE m.how = 'multiplier' AND +m.actor_id IN bridge) "
                             "SELECT g.id, g.uid, g.name, ("
                             "  SELECT x.date FROM assessment x WHERE x.group_id = g.id"
                             "  ORDER BY x.date DESC, x.id DESC LIMIT 1) "
                             "FROM level l JOIN target_group g ON g.id = l.group_id "
                             "WHERE l.level = 1 AND l.group_id NOT IN served "
                             "ORDER BY g.sort_key, g.id",
                             error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *assessed = column_text (stmt, 3);

      g_ptr_array_add (finder->gaps,
                       gap_new (finder, MIT_GAP_NO_MULTIPLIER, MIT_GAP_RECORD_TARGET_GROUP,
                                sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                column_text (stmt, 2), assessed, date_label (finder, assessed)));
    }
  return !step_failed (finder, stmt, rc, error);
}

/* Rule 3. Each distinct language the groups speak is looked up once in
 * actor_language's key (language, actor_id); the search stops at the first
 * actor offering it that is a counselling actor (its row by id, then
 * actor_field's key). Only a language no counselling actor offers reads all
 * the actors that offer it. */
static gboolean
find_language_gaps (Finder  *finder,
                    GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _mit_store_prepare (finder->store,
                             "WITH spoken (code) AS ("
                             "  SELECT DISTINCT j.value FROM target_group g, json_each (g.languages) j"
                             "  WHERE j.type = 'text' AND j.value <> ''), "
                             "missing (code) AS MATERIALIZED ("
                             "  SELECT code FROM spoken WHERE NOT EXISTS ("
                             "    SELECT 1 FROM actor_language al JOIN actor a ON a.id = al.actor_id"
                             "    WHERE al.language = spoken.code"
                             "    AND (a.kind = 'counselling' OR EXISTS ("
                             "      SELECT 1 FROM actor_field af"
                             "      WHERE af.field = 'counselling' AND af.actor_id = a.id)))) "
                             "SELECT g.id, g.uid, g.name, j.value "
                             "FROM target_group g, json_each (g.languages) j "
                             "WHERE j.type = 'text' AND j.value IN missing "
                             "ORDER BY g.sort_key, g.id, j.id",
                             error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = column_text (stmt, 3);
      const char *language = mit_languages_get_name (code);

      g_ptr_array_add (finder->gaps,
                       gap_new (finder, MIT_GAP_LANGUAGE, MIT_GAP_RECORD_TARGET_GROUP,
                                sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                column_text (stmt, 2), code, language ? language : code));
    }
  return !step_failed (finder, stmt, rc, error);
}

typedef struct
{
  char   *key;
  gsize   len;
  MitGap *gap;
} SortedGap;

static int
compare_sorted_gaps (gconstpointer a,
                     gconstpointer b)
{
  const SortedGap *x = *(SortedGap * const *) a;
  const SortedGap *y = *(SortedGap * const *) b;
  int cmp = memcmp (x->key, y->key, MIN (x->len, y->len));

  if (cmp != 0)
    return cmp;
  return x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
}

static void
sorted_gap_free (SortedGap *sorted)
{
  g_free (sorted->key);
  g_clear_pointer (&sorted->gap, mit_gap_unref);
  g_free (sorted);
}

/* Rule 4. The districts by skipping through actor_district (one search per
 * district, not a scan of every actor). For each district and field, one
 * search that stops at the first actor of the district with that field;
 * it starts from the smaller side (the district's actors in actor_district,
 * or the field's in actor_field's key), so that a missing field costs the
 * smaller of the two, counted up to 1 000. A field no actor has is a gap
 * everywhere without a search. (Always starting from the district made 3
 * fields nobody uses cost 130 ms with 100 000 actors.) Districts are then
 * put in the user's order. */
static gboolean
find_field_gaps (Finder  *finder,
                 GError **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) sorted_gap_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _mit_store_prepare (finder->store,
                             "WITH RECURSIVE d (name) AS ("
                             "  SELECT min (district) FROM actor WHERE district > ''"
                             "  UNION ALL"
                             "  SELECT (SELECT min (a.district) FROM actor a WHERE a.district > d.name)"
                             "  FROM d WHERE d.name IS NOT NULL), "
                             "dc (name, n) AS MATERIALIZED ("
                             "  SELECT d.name, (SELECT count (*) FROM ("
                             "    SELECT 1 FROM actor a WHERE a.district = d.name LIMIT 1000))"
                             "  FROM d WHERE d.name IS NOT NULL), "
                             "fc (key, position, n) AS MATERIALIZED ("
                             "  SELECT v.key, v.position, (SELECT count (*) FROM ("
                             "    SELECT 1 FROM actor_field af WHERE af.field = v.key LIMIT 1000))"
                             "  FROM vocabulary v WHERE v.vocabulary = 'field') "
                             "SELECT dc.name, fc.key FROM dc, fc "
                             "WHERE fc.n = 0 OR NOT CASE WHEN dc.n <= fc.n"
                             "  THEN EXISTS ("
                             "    SELECT 1 FROM actor a CROSS JOIN actor_field af"
                             "    WHERE a.district = dc.name AND af.actor_id = a.id AND af.field = fc.key)"
                             "  ELSE EXISTS ("
                             "    SELECT 1 FROM actor_field af CROSS JOIN actor a"
                             "    WHERE af.field = fc.key AND a.id = af.actor_id AND a.district = dc.name)"
                             "  END "
                             "ORDER BY dc.name, fc.position, fc.key",
                             error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *district = column_text (stmt, 0);
      const char *field = column_text (stmt, 1);
      SortedGap *sorted = g_new0 (SortedGap, 1);
      gssize len = 0;

      sorted->key = _mit_store_sort_key (district, &len);
      sorted->len = len;
      sorted->gap = gap_new (finder, MIT_GAP_FIELD, MIT_GAP_RECORD_DISTRICT, 0, NULL, district,
                             field, mit_store_get_vocabulary_label (finder->store, "field", field));
      g_ptr_array_add (found, sorted);
    }
  if (step_failed (finder, stmt, rc, error))
    return FALSE;

  /* Stable: the fields of a district stay in vocabulary order. */
  g_ptr_array_sort (found, compare_sorted_gaps);
  for (guint i = 0; i < found->len; i++)
    {
      SortedGap *sorted = g_ptr_array_index (found, i);

      g_ptr_array_add (finder->gaps, g_steal_pointer (&sorted->gap));
    }
  return TRUE;
}

/* Rule 5, target groups: the latest assessment of each, as in the view
 * target_group_level (one search in assessment_group per group). */
static gboolean
find_stale_assessments (Finder  *finder,
                        GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _mit_store_prepare (finder->store,
                             "SELECT g.id, g.uid, g.name, a.date "
                             "FROM target_group g LEFT JOIN assessment a ON a.id = ("
                             "  SELECT x.id FROM assessment x WHERE x.group_id = g.id"
                             "  ORDER BY x.date DESC, x.id DESC LIMIT 1) "
                             "WHERE a.date IS NULL OR a.date < ?1 "
                             "ORDER BY g.sort_key, g.id",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, finder->cutoff, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *assessed = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                           ? NULL : column_text (stmt, 3);

      g_ptr_array_add (finder->gaps,
                       gap_new (finder, MIT_GAP_STALE_ASSESSMENT, MIT_GAP_RECORD_TARGET_GROUP,
                                sqlite3_column_int64 (stmt, 0), column_text (stmt, 1),
                                column_text (stmt, 2), assessed,
                                assessed ? date_label (finder, assessed) : NULL));
    }
  return !step_failed (finder, stmt, rc, error);
}

/* Rule 5, actors. There is no index on last_verified, so this reads every
 * actor row once, in the order of the table (about 100 ms for 100 000
 * actors). Sorting what it keeps with ORDER BY sort_key cost another
 * 350 ms (SQLite's sorter on the whole rows), and reading the rows through
 * actor_sort as much (a random row lookup each): instead the gaps are put
 * in the store's own name order (mit_store_find_actor_ids() of the whole
 * directory, kept in memory) by each id's place in it. */
static gboolean
find_unverified_actors (Finder  *finder,
                        GError **error)
{
  g_autoptr(GArray) order = NULL;
  g_autoptr(GHashTable) places = NULL;
  g_autofree guint *dense = NULL;
  g_autofree MitGap **slots = NULL;
  g_autoptr(GPtrArray) unplaced = NULL;
  MitActorFilter all;
  gint64 max_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  mit_actor_filter_init (&all);
  order = mit_store_find_actor_ids (finder->store, &all, error);
  if (order == NULL)
    return FALSE;

  /* id → place: an array when the ids are dense enough, else a table. */
  for (guint i = 0; i < order->len; i++)
    max_id = MAX (max_id, g_array_index (order, gint64, i));
  if (max_id <= (gint64) order->len * 4 + 1024)
    {
      dense = g_new (guint, max_id + 1);
      memset (dense, 0xff, (max_id + 1) * sizeof (guint));
      for (guint i = 0; i < order->len; i++)
        dense[g_array_index (order, gint64, i)] = i;
    }
  else
    {
      places = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < order->len; i++)
        g_hash_table_insert (places, &g_array_index (order, gint64, i), GUINT_TO_POINTER (i + 1));
    }
  slots = g_new0 (MitGap *, order->len);
  unplaced = g_ptr_array_new_with_free_func ((GDestroyNotify) mit_gap_unref);

  stmt = _mit_store_prepare (finder->store,
                             "SELECT id, uid, name, last_verified FROM actor NOT INDEXED "
                             "WHERE last_verified < ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, finder->cutoff, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *verified = column_text (stmt, 3);
      guint place = G_MAXUINT;
      MitGap *gap;

      if (*verified == '\0')
        gap = gap_new (finder, MIT_GAP_UNVERIFIED_ACTOR, MIT_GAP_RECORD_ACTOR, id,
                       column_text (stmt, 1), column_text (stmt, 2), NULL, NULL);
      else
        gap = gap_new (finder, MIT_GAP_UNVERIFIED_ACTOR, MIT_GAP_RECORD_ACTOR, id,
                       column_text (stmt, 1), column_text (stmt, 2), verified,
                       date_label (finder, verified));

      if (dense && id >= 0 && id <= max_id)
        place = dense[id];
      else if (places)
        place = GPOINTER_TO_UINT (g_hash_table_lookup (places, &id)) - 1;
      if (place < order->len && slots[place] == NULL)
        slots[place] = gap;
      else
        g_ptr_array_add (unplaced, gap);   /* not in the name order: cannot happen */
    }
  if (step_failed (finder, stmt, rc, error))
    {
      for (guint i = 0; i < order->len; i++)
        g_clear_pointer (&slots[i], mit_gap_unref);
      return FALSE;
    }

  for (guint i = 0; i < order->len; i++)
    if (slots[i])
      g_ptr_array_add (finder->gaps, slots[i]);
  g_ptr_array_extend_and_steal (finder->gaps, g_steal_pointer (&unplaced));
  return TRUE;
}

static const struct
{
  const char *name;
  gboolean  (*find) (Finder *finder, GError **error);
} rules[] = {
  { "channels", find_channel_gaps },
  { "multipliers", find_multiplier_gaps },
  { "languages", find_language_gaps },
  { "fields", find_field_gaps },
  { "assessments", find_stale_assessments },
  { "actors", find_unverified_actors },
};

GPtrArray *
mit_gaps_find (MitStore             *store,
               const MitGapOptions  *options,
               GError              **error)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GHashTable) date_labels = NULL;
  MitGapOptions defaults;
  GDate cutoff;
  Finder finder;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      mit_gap_options_init (&defaults);
      options = &defaults;
    }

  cutoff = options->today;
  if (!g_date_valid (&cutoff))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&cutoff, 1);
      g_date_set_dmy (&cutoff, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }

  gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) mit_gap_unref);
  date_labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  finder.store = store;
  finder.gaps = gaps;
  finder.date_labels = date_labels;
  finder.months = options->stale_months > 0 ? options->stale_months
                                            : MIT_GAP_DEFAULT_STALE_MONTHS;
  /* Clamps the day: 31 March − 1 month is the end of February. */
  g_date_subtract_months (&cutoff, finder.months);
  g_snprintf (finder.cutoff, sizeof finder.cutoff, "%04u-%02u-%02u",
              (guint) g_date_get_year (&cutoff), (guint) g_date_get_month (&cutoff),
              (guint) g_date_get_day (&cutoff));

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      gint64 start = g_get_monotonic_time ();
      guint before = gaps->len;

      if (!rules[i].find (&finder, error))
        return NULL;
      g_debug ("%s: %u gaps in %.1f ms", rules[i].name, gaps->len - before,
               (g_get_monotonic_time () - start) / 1000.0);
    }

  return g_steal_pointer (&gaps);
}

/* ---- descriptions ---------------------------------------------------------------- */

char *
mit_gap_dup_description (const MitGap *gap)
{
  const char *name;

  g_return_val_if_fail (gap != NULL, NULL);

  name = gap->name ? gap->name : "";
  switch (gap->kind)
    {
    case MIT_GAP_NO_CHANNEL:
      return g_strdup_printf (_("No actor reaches the target group “%s”."), name);

    case MIT_GAP_WEAK_CHANNELS_ONLY:
      {
        guint n = gap->detail ? (guint) g_ascii_strtoull (gap->detail, NULL, 10) : 0;

        return g_strdup_printf (ngettext ("The target group “%s” is reached only through %u "
                                          "weak channel.",
                                          "The target group “%s” is reached only through %u "
                                          "weak channels.", n),
                                name, n);
      }

    case MIT_GAP_NO_MULTIPLIER:
      return g_strdup_printf (_("The target group “%s” is reached medium well (assessed on %s), "
                                "but no actor who reaches a well-reached group acts as a "
                                "multiplier for it."),
                              name, gap->detail_label ? gap->detail_label : "");

    case MIT_GAP_LANGUAGE:
      return g_strdup_printf (_("No counselling service offers %s, a language of the target "
                                "group “%s”."),
                              gap->detail_label ? gap->detail_label : "", name);

    case MIT_GAP_FIELD:
      return g_strdup_printf (_("No actor in %s works in the field of action “%s”."),
                              name, gap->detail_label ? gap->detail_label : "");

    case MIT_GAP_STALE_ASSESSMENT:
      if (gap->detail == NULL)
        return g_strdup_printf (_("The reachability of the target group “%s” has never been "
                                  "assessed."), name);
      return g_strdup_printf (ngettext ("The reachability of the target group “%s” was last "
                                        "assessed on %s, more than %u month ago.",
                                        "The reachability of the target group “%s” was last "
                                        "assessed on %s, more than %u months ago.",
                                        gap->stale_months),
                              name, gap->detail_label, gap->stale_months);

    case MIT_GAP_UNVERIFIED_ACTOR:
      if (gap->detail == NULL)
        return g_strdup_printf (_("The details of “%s” have never been verified."), name);
      return g_strdup_printf (ngettext ("The details of “%s” were last verified on %s, more than "
                                        "%u month ago.",
                                        "The details of “%s” were last verified on %s, more than "
                                        "%u months ago.", gap->stale_months),
                              name, gap->detail_label, gap->stale_months);

    default:
      return g_strdup (name);
    }
}

/* ---- output ---------------------------------------------------------------------- */

static void
append_tsv_cell (GString    *out,
                 const char *text)
{
  for (const char *p = text ? text : ""; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

char *
mit_gaps_to_tsv (GPtrArray *gaps)
{
  GString *out = g_string_new ("kind\trecord\tuid\tname\tdetail\n");

  for (guint i = 0; gaps && i < gaps->len; i++)
    {
      MitGap *gap = g_ptr_array_index (gaps, i);

      g_string_append (out, mit_gap_kind_to_key (gap->kind));
      g_string_append_c (out, '\t');
      g_string_append (out, mit_gap_record_to_key (gap->record));
      g_string_append_c (out, '\t');
      append_tsv_cell (out, gap->uid);
      g_string_append_c (out, '\t');
      append_tsv_cell (out, gap->name);
      g_string_append_c (out, '\t');
      append_tsv_cell (out, gap->detail);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

char *
mit_gaps_to_json (GPtrArray *gaps)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; gaps && i < gaps->len; i++)
    {
      MitGap *gap = g_ptr_array_index (gaps, i);
      g_autofree char *description = NULL;

      json_builder_begin_object (builder);
      add_member (builder, "kind", mit_gap_kind_to_key (gap->kind));
      add_member (builder, "record", mit_gap_record_to_key (gap->record));
      add_member (builder, "uid", gap->uid);
      add_member (builder, "name", gap->name ? gap->name : "");
      add_member (builder, "detail", gap->detail);
      add_member (builder, "detail_label", gap->detail_label);
      description = mit_gap_dup_description (gap);
      add_member (builder, "description", description);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  /* Ends like a text file. */
  return g_strconcat (text, "\n", NULL);
}
