/* test-gaps.c: the gaps in the network, on a small network where every gap
 * is known
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "mit-gaps.h"
#include "mit-store-groups.h"
#include "mit-test-util.h"

/* "Today" of every report below; the cutoff for 12 months is 2025-06-15. */
#define TODAY "2026-06-15"

typedef struct
{
  MitStore *store;
  gint64    beratung;     /* A1: kind counselling, Mitte, de ar, checked 2025-06-15 */
  gint64    sport;        /* A2: club, Nord, de tr (not counselling), never checked */
  gint64    moschee;      /* A3: counselling as a field, Nord, fa, checked 2025-06-14 */
  gint64    online;       /* A4: counselling, no district, uk, checked today */
  gint64    jugend;       /* G1: GOOD since 2026-03-01 (MEDIUM in 2024), de tr */
  gint64    frauen;       /* G2: MEDIUM 2025-07-15 (11 months), ar ti */
  gint64    senioren;     /* G3: MEDIUM 2025-05-01 (13 months), de */
  gint64    rumaenen;     /* G4: never assessed, no channel, ro */
  gint64    eltern;       /* G5: LITTLE then MEDIUM on 2026-01-01 (MEDIUM by id), fa ar */
} Network;

static gint64
add_actor (MitStore           *store,
           const char         *name,
           const char         *kind,
           const char         *district,
           const char * const *fields,
           const char * const *languages,
           const char         *verified)
{
  g_autoptr(MitActor) actor = mit_actor_new ();
  g_autoptr(GError) error = NULL;

  mit_actor_set_name (actor, name);
  mit_actor_set_kind (actor, kind);
  mit_actor_set_text (actor, MIT_ACTOR_DISTRICT, district);
  mit_actor_set_text (actor, MIT_ACTOR_LAST_VERIFIED, verified);
  mit_actor_set_fields (actor, fields);
  mit_actor_set_languages (actor, languages);
  mit_store_save_actor (store, actor, &error);
  g_assert_no_error (error);
  return mit_actor_get_id (actor);
}

static gint64
add_group (MitStore           *store,
           const char         *name,
           const char * const *languages)
{
  g_autoptr(MitTargetGroup) group = mit_target_group_new ();
  g_autoptr(GError) error = NULL;

  mit_target_group_set_name (group, name);
  mit_target_group_set_languages (group, languages);
  mit_store_save_target_group (store, group, &error);
  g_assert_no_error (error);
  return mit_target_group_get_id (group);
}

static void
assess (MitStore        *store,
        gint64           group,
        MitReachability  level,
        const char      *date)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mit_store_record_assessment (store, group, level, date, "Steuerungsgruppe", "",
                                                &error), >, 0);
  g_assert_no_error (error);
}

static void
connect (MitStore           *store,
         gint64              actor,
         gint64              group,
         const char         *how,
         MitChannelStrength  strength)
{
  g_autoptr(MitChannel) channel = mit_channel_new (actor, group);
  g_autoptr(GError) error = NULL;

  mit_channel_set_how (channel, how);
  mit_channel_set_strength (channel, strength);
  mit_store_save_channel (store, channel, &error);
  g_assert_no_error (error);
}

#define LIST(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
network_init (Network    *net,
              const char *file)
{
  MitStore *store = net->store = mit_test_open_store (file);

  net->beratung = add_actor (store, "Beratungszentrum Mitte", "counselling", "Mitte",
                             LIST ("counselling", "language"), LIST ("de", "ar"), "2025-06-15");
  net->sport = add_actor (store, "Sportverein Nord", "club", "Nord",
                          LIST ("culture-sport", "youth"), LIST ("de", "tr"), "");
  net->moschee = add_actor (store, "Moscheeverein Nord", "religious-community", "Nord",
                            LIST ("participation", "counselling"), LIST ("fa"), "2025-06-14");
  net->online = add_actor (store, "Online-Beratung", "counselling", "",
                           LIST ("counselling", "housing"), LIST ("uk"), TODAY);

  net->jugend = add_group (store, "Jugendliche", LIST ("de", "tr"));
  net->frauen = add_group (store, "Frauen mit Fluchtgeschichte", LIST ("ar", "ti"));
  net->senioren = add_group (store, "Senior*innen", LIST ("de"));
  net->rumaenen = add_group (store, "Die rumänische Community", LIST ("ro"));
  net->eltern = add_group (store, "Eltern von Kita-Kindern", LIST ("fa", "ar"));

  /* Recorded newest first where it matters: the current level is the
   * latest by date, not the last recorded. */
  assess (store, net->jugend, MIT_REACHABILITY_GOOD, "2026-03-01");
  assess (store, net->jugend, MIT_REACHABILITY_MEDIUM, "2024-01-10");
  assess (store, net->frauen, MIT_REACHABILITY_MEDIUM, "2025-07-15");
  assess (store, net->senioren, MIT_REACHABILITY_MEDIUM, "2025-05-01");
  /* Same date: the later id wins. */
  assess (store, net->eltern, MIT_REACHABILITY_LITTLE_OR_NONE, "2026-01-01");
  assess (store, net->eltern, MIT_REACHABILITY_MEDIUM, "2026-01-01");

  connect (store, net->sport, net->jugend, MIT_CHANNEL_HOW_OUTREACH, MIT_CHANNEL_STRONG);
  connect (store, net->beratung, net->frauen, MIT_CHANNEL_HOW_COUNSELLING, MIT_CHANNEL_WEAK);
  connect (store, net->moschee, net->frauen, MIT_CHANNEL_HOW_MULTIPLIER, MIT_CHANNEL_REGULAR);
  /* The sports club reaches the well-reached young people: a multiplier. */
  connect (store, net->sport, net->senioren, MIT_CHANNEL_HOW_MULTIPLIER, MIT_CHANNEL_WEAK);
  connect (store, net->moschee, net->eltern, MIT_CHANNEL_HOW_OUTREACH, MIT_CHANNEL_STRONG);
  connect (store, net->beratung, net->eltern, MIT_CHANNEL_HOW_MULTIPLIER, MIT_CHANNEL_REGULAR);
}

static void
network_clear (Network *net)
{
  g_clear_object (&net->store);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Network, network_clear)

static GPtrArray *
find (MitStore   *store,
      const char *today,
      guint       months)
{
  g_autoptr(GError) error = NULL;
  MitGapOptions options;
  GPtrArray *gaps;

  mit_gap_options_init (&options);
  g_assert_true (mit_gap_options_set_today (&options, today));
  options.stale_months = months;
  gaps = mit_gaps_find (store, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gaps);
  return gaps;
}

/* "name=detail; …" of the gaps of one kind, in report order. */
static char *
summary (GPtrArray  *gaps,
         MitGapKind  kind)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < gaps->len; i++)
    {
      MitGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind != kind)
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, gap->name);
      if (gap->detail)
        g_string_append_printf (out, "=%s", gap->detail);
    }
  return g_string_free (out, FALSE);
}

#define assert_gaps(gaps, kind, expected) \
  G_STMT_START { \
    g_autofree char *_s = summary ((gaps), (kind)); \
    g_assert_cmpstr (_s, ==, (expected)); \
  } G_STMT_END

static MitGap *
find_gap (GPtrArray  *gaps,
          MitGapKind  kind,
          const char *name)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      MitGap *gap = g_ptr_array_index (gaps, i);

      if (gap->kind == kind && strcmp (gap->name, name) == 0)
        return gap;
    }
  return NULL;
}

static void
test_rules (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) gaps = NULL;
  MitGap *gap;

  network_init (&net, "rules.db");
  gaps = find (net.store, TODAY, 12);

  /* 1. Nobody reaches the Romanian community; the seniors only weakly. The
   * women have a weak and a regular channel: not weak only. */
  assert_gaps (gaps, MIT_GAP_NO_CHANNEL, "Die rumänische Community");
  assert_gaps (gaps, MIT_GAP_WEAK_CHANNELS_ONLY, "Senior*innen=1");

  /* 2. Medium: women, seniors, parents (by the later id on the same day).
   * The sports club reaches the young people (GOOD) and is a multiplier
   * for the seniors; the women's and the parents' multipliers reach no
   * well-reached group. */
  assert_gaps (gaps, MIT_GAP_NO_MULTIPLIER,
               "Eltern von Kita-Kindern=2026-01-01; Frauen mit Fluchtgeschichte=2025-07-15");

  /* 3. Counselling actors: the centre (kind) offers de ar, the mosque
   * (field) fa, the online service uk. The club's Turkish does not count. */
  assert_gaps (gaps, MIT_GAP_LANGUAGE,
               "Die rumänische Community=ro; Frauen mit Fluchtgeschichte=ti; Jugendliche=tr");
  gap = find_gap (gaps, MIT_GAP_LANGUAGE, "Frauen mit Fluchtgeschichte");
  g_assert_cmpstr (gap->detail_label, ==, "Tigrinya");
  g_assert_cmpint (gap->record, ==, MIT_GAP_RECORD_TARGET_GROUP);
  g_assert_cmpint (gap->record_id, ==, net.frauen);
  g_assert_true (g_uuid_string_is_valid (gap->uid));

  /* 4. Mitte has counselling and language; Nord culture-sport, youth,
   * participation, counselling. The online service has no district and
   * fills no gap (housing stays missing everywhere). Vocabulary order. */
  assert_gaps (gaps, MIT_GAP_FIELD,
               "Mitte=education; Mitte=work; Mitte=housing; Mitte=health; "
               "Mitte=culture-sport; Mitte=participation; Mitte=anti-discrimination; "
               "Mitte=women-empowerment; Mitte=youth; Mitte=seniors; "
               "Nord=language; Nord=education; Nord=work; Nord=housing; Nord=health; "
               "Nord=anti-discrimination; Nord=women-empowerment; Nord=seniors");
  gap = find_gap (gaps, MIT_GAP_FIELD, "Nord");
  g_assert_cmpint (gap->record, ==, MIT_GAP_RECORD_DISTRICT);
  g_assert_null (gap->uid);
  g_assert_cmpstr (gap->detail_label, ==, "Language");

  /* 5. Seniors: 13 months; Romanians: never. Women: 11 months, current.
   * Young people: the old assessment is history, the current one new. */
  assert_gaps (gaps, MIT_GAP_STALE_ASSESSMENT,
               "Die rumänische Community; Senior*innen=2025-05-01");
  gap = find_gap (gaps, MIT_GAP_STALE_ASSESSMENT, "Senior*innen");
  g_assert_cmpstr (gap->detail_label, ==, "1 May 2025");
  /* Checked 2025-06-15 is exactly 12 months: not out of date; a day more is. */
  assert_gaps (gaps, MIT_GAP_UNVERIFIED_ACTOR, "Moscheeverein Nord=2025-06-14; Sportverein Nord");

  /* Every kind in order, each with a sentence for people. */
  for (guint i = 0; i < gaps->len; i++)
    {
      MitGap *g = g_ptr_array_index (gaps, i);
      g_autofree char *description = mit_gap_dup_description (g);

      g_assert_cmpstr (description, !=, "");
      g_assert_nonnull (strstr (description, g->name));
      if (i > 0)
        g_assert_cmpint (((MitGap *) g_ptr_array_index (gaps, i - 1))->kind, <=, g->kind);
    }
  g_assert_cmpuint (gaps->len, ==, 1 + 1 + 2 + 3 + 18 + 2 + 2);
}

static void
test_descriptions (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) gaps = NULL;
  g_autofree char *never = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *language = NULL;

  network_init (&net, "descriptions.db");
  gaps = find (net.store, TODAY, 12);

  never = mit_gap_dup_description (find_gap (gaps, MIT_GAP_STALE_ASSESSMENT,
                                             "Die rumänische Community"));
  g_assert_cmpstr (never, ==,
                   "The reachability of the target group “Die rumänische Community” has never "
                   "been assessed.");
  stale = mit_gap_dup_description (find_gap (gaps, MIT_GAP_UNVERIFIED_ACTOR,
                                             "Moscheeverein Nord"));
  g_assert_cmpstr (stale, ==,
                   "The details of “Moscheeverein Nord” were last verified on 14 June 2025, more "
                   "than 12 months ago.");
  language = mit_gap_dup_description (find_gap (gaps, MIT_GAP_LANGUAGE, "Jugendliche"));
  g_assert_cmpstr (language, ==,
                   "No counselling service offers Turkish, a language of the target group "
                   "“Jugendliche”.");

  g_assert_cmpstr (mit_gap_kind_to_key (MIT_GAP_NO_MULTIPLIER), ==, "no-multiplier");
  for (guint k = 0; k < MIT_GAP_N_KINDS; k++)
    {
      MitGapKind back;

      g_assert_true (mit_gap_kind_from_key (mit_gap_kind_to_key (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_cmpstr (mit_gap_kind_get_label (k), !=, "");
    }
  g_assert_false (mit_gap_kind_from_key ("no-such-gap", NULL));
}

static void
test_stale_age (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) month_later = NULL;
  g_autoptr(GPtrArray) six = NULL;
  g_autoptr(GPtrArray) leap = NULL;
  MitGapOptions options;

  network_init (&net, "stale.db");

  /* A month later the women's assessment (2025-07-15) is 12 months and a
   * day old: out of date. */
  month_later = find (net.store, "2026-07-16", 12);
  assert_gaps (month_later, MIT_GAP_STALE_ASSESSMENT,
               "Die rumänische Community; Frauen mit Fluchtgeschichte=2025-07-15; "
               "Senior*innen=2025-05-01");

  /* Six months: the parents' (2026-01-01) are still current, the young
   * people's (2026-03-01) too; the women's are not. */
  six = find (net.store, TODAY, 6);
  assert_gaps (six, MIT_GAP_STALE_ASSESSMENT,
               "Die rumänische Community; Frauen mit Fluchtgeschichte=2025-07-15; "
               "Senior*innen=2025-05-01");
  assert_gaps (six, MIT_GAP_UNVERIFIED_ACTOR,
               "Beratungszentrum Mitte=2025-06-15; Moscheeverein Nord=2025-06-14; "
               "Sportverein Nord");

  /* The day is clamped: 31 August − 6 months is the end of February, so
   * 2026-02-28 is current and 2026-02-27 is not. */
  assess (net.store, net.eltern, MIT_REACHABILITY_MEDIUM, "2026-02-28");
  assess (net.store, net.senioren, MIT_REACHABILITY_MEDIUM, "2026-02-27");
  leap = find (net.store, "2026-08-31", 6);
  assert_gaps (leap, MIT_GAP_STALE_ASSESSMENT,
               "Die rumänische Community; Frauen mit Fluchtgeschichte=2025-07-15; "
               "Senior*innen=2026-02-27");

  /* Options */
  mit_gap_options_init (&options);
  g_assert_cmpuint (options.stale_months, ==, 12);
  g_assert_false (g_date_valid (&options.today));
  g_assert_false (mit_gap_options_set_today (&options, "2026-02-30"));
  g_assert_false (mit_gap_options_set_today (&options, "15.06.2026"));
  g_assert_false (g_date_valid (&options.today));
  g_assert_true (mit_gap_options_set_today (&options, "2024-02-29"));
}

static void
test_latest_assessment_changes_multipliers (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GPtrArray) older = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  network_init (&net, "multipliers.db");
  before = find (net.store, TODAY, 12);
  assert_gaps (before, MIT_GAP_NO_MULTIPLIER,
               "Eltern von Kita-Kindern=2026-01-01; Frauen mit Fluchtgeschichte=2025-07-15");

  /* The parents are now reached well: they are no longer medium, and the
   * mosque association, which reaches them, becomes a multiplier for the
   * women. */
  id = mit_store_record_assessment (net.store, net.eltern, MIT_REACHABILITY_GOOD, "2026-05-01",
                                    "", "", &error);
  g_assert_no_error (error);
  after = find (net.store, TODAY, 12);
  assert_gaps (after, MIT_GAP_NO_MULTIPLIER, "");

  /* Undone: as before. */
  g_assert_cmpint (mit_store_delete_assessment (net.store, id, &error), >, 0);
  g_assert_no_error (error);
  back = find (net.store, TODAY, 12);
  assert_gaps (back, MIT_GAP_NO_MULTIPLIER,
               "Eltern von Kita-Kindern=2026-01-01; Frauen mit Fluchtgeschichte=2025-07-15");

  /* An assessment dated before the current one changes nothing; the young
   * people becoming medium removes the sports club as a multiplier. */
  assess (net.store, net.eltern, MIT_REACHABILITY_GOOD, "2025-12-01");
  assess (net.store, net.jugend, MIT_REACHABILITY_MEDIUM, "2026-06-01");
  older = find (net.store, TODAY, 12);
  assert_gaps (older, MIT_GAP_NO_MULTIPLIER,
               "Eltern von Kita-Kindern=2026-01-01; Frauen mit Fluchtgeschichte=2025-07-15; "
               "Jugendliche=2026-06-01; Senior*innen=2025-05-01");
}

static void
test_added_field (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *fields = NULL;
  g_autoptr(MitActor) actor = NULL;

  network_init (&net, "added-field.db");
  key = mit_store_add_vocabulary_term (net.store, "field", "Mobilität", &error);
  g_assert_no_error (error);

  /* A field the users added counts like the others: nobody has it yet. */
  g_assert_cmpstr (key, ==, "mobilitat");
  gaps = find (net.store, TODAY, 12);
  fields = summary (gaps, MIT_GAP_FIELD);
  g_assert_nonnull (strstr (fields, "Mitte=seniors; Mitte=mobilitat; Nord="));
  g_assert_true (g_str_has_suffix (fields, "Nord=seniors; Nord=mobilitat"));
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* The sports club takes it up: Nord has it now, Mitte still not. */
  actor = mit_store_load_actor (net.store, net.sport, &error);
  g_assert_no_error (error);
  mit_actor_set_fields (actor, LIST ("culture-sport", "youth", key));
  mit_store_save_actor (net.store, actor, &error);
  g_assert_no_error (error);
  gaps = find (net.store, TODAY, 12);
  assert_gaps (gaps, MIT_GAP_FIELD,
               "Mitte=education; Mitte=work; Mitte=housing; Mitte=health; "
               "Mitte=culture-sport; Mitte=participation; Mitte=anti-discrimination; "
               "Mitte=women-empowerment; Mitte=youth; Mitte=seniors; Mitte=mobilitat; "
               "Nord=language; Nord=education; Nord=work; Nord=housing; Nord=health; "
               "Nord=anti-discrimination; Nord=women-empowerment; Nord=seniors");
  g_assert_cmpstr (find_gap (gaps, MIT_GAP_FIELD, "Mitte")->detail_label, ==, "Education");
}

static void
test_empty (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("empty.db");
  g_autoptr(GPtrArray) gaps = find (store, TODAY, 12);
  g_autofree char *tsv = mit_gaps_to_tsv (gaps);
  g_autofree char *json = mit_gaps_to_json (gaps);
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (gaps->len, ==, 0);
  g_assert_cmpstr (tsv, ==, "kind\trecord\tuid\tname\tdetail\n");
  g_assert_cmpstr (json, ==, "[]\n");

  defaults = mit_gaps_find (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (defaults->len, ==, 0);
}

static void
test_tsv_and_json_agree (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tsv = NULL;
  g_autofree char *json = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  guint n_lines;

  network_init (&net, "output.db");
  /* A name with a tab and a line break must not break the TSV. */
  add_group (net.store, "Neu\tzugewanderte\naus Syrien", LIST ("ar"));
  gaps = find (net.store, TODAY, 12);
  tsv = mit_gaps_to_tsv (gaps);
  json = mit_gaps_to_json (gaps);

  lines = g_strsplit (tsv, "\n", -1);
  n_lines = g_strv_length (lines);
  g_assert_cmpstr (lines[0], ==, "kind\trecord\tuid\tname\tdetail");
  g_assert_cmpstr (lines[n_lines - 1], ==, "");   /* ends with a line break */
  g_assert_cmpuint (n_lines - 2, ==, gaps->len);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, gaps->len);

  for (guint i = 0; i < gaps->len; i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_auto(GStrv) cells = g_strsplit (lines[i + 1], "\t", -1);
      g_autofree char *name = NULL;
      MitGap *gap = g_ptr_array_index (gaps, i);
      g_autofree char *description = mit_gap_dup_description (gap);
      const char *members[] = { "kind", "record", "uid", "name", "detail" };

      g_assert_cmpuint (g_strv_length (cells), ==, 5);
      g_assert_cmpuint (json_object_get_size (object), ==, 7);
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          const char *value = json_object_get_string_member_with_default (object, members[m], "");

          g_assert_true (json_object_has_member (object, members[m]));
          if (m == 3)
            {
              /* TSV has spaces where the name has tabs or line breaks. */
              name = g_strdelimit (g_strdup (value), "\t\n\r", ' ');
              value = name;
            }
          g_assert_cmpstr (cells[m], ==, value);
        }
      g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==,
                       mit_gap_kind_to_key (gap->kind));
      g_assert_cmpstr (json_object_get_string_member (object, "description"), ==, description);
      if (gap->uid == NULL)
        g_assert_true (json_object_get_null_member (object, "uid"));
      if (gap->detail == NULL)
        g_assert_true (json_object_get_null_member (object, "detail"));
    }

  /* The awkward name: one row, its tab and line break made spaces. */
  g_assert_nonnull (strstr (tsv, "\tNeu zugewanderte aus Syrien\t"));
  g_assert_nonnull (strstr (json, "Neu\\tzugewanderte\\naus Syrien"));
}

static void
test_boxed (void)
{
  g_auto(Network) net = { 0 };
  g_autoptr(GPtrArray) gaps = NULL;
  GValue value = G_VALUE_INIT;
  MitGap *gap;

  network_init (&net, "boxed.db");
  gaps = find (net.store, TODAY, 12);
  gap = g_ptr_array_index (gaps, 0);

  g_value_init (&value, MIT_TYPE_GAP);
  g_value_set_boxed (&value, gap);
  g_assert_true (g_value_get_boxed (&value) == gap);
  g_value_unset (&value);
  g_assert_cmpstr (gap->name, ==, "Die rumänische Community");
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/gaps/rules", test_rules);
  g_test_add_func ("/gaps/descriptions", test_descriptions);
  g_test_add_func ("/gaps/stale-age", test_stale_age);
  g_test_add_func ("/gaps/latest-assessment-changes-multipliers",
                   test_latest_assessment_changes_multipliers);
  g_test_add_func ("/gaps/added-field", test_added_field);
  g_test_add_func ("/gaps/empty", test_empty);
  g_test_add_func ("/gaps/tsv-and-json-agree", test_tsv_and_json_agree);
  g_test_add_func ("/gaps/boxed", test_boxed);

  return g_test_run ();
}
