/* mit-gaps.h: the gaps in the network (Lücken)
 *
 * What no other tool shows: the target groups nobody reaches, the
 * medium-reached groups without a multiplier ("Verstärker", seed 004), the
 * languages no counselling service speaks, the fields of action missing in
 * a district, and what has not been looked at for too long.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

/**
 * MitGapKind:
 *
 * The rules, in the order the report lists them. Each has a stable string
 * key (mit_gap_kind_to_key()) that the command line and JSON print.
 *
 * @MIT_GAP_NO_CHANNEL: "no-channel": a target group with no channel at all.
 *   Detail: none.
 * @MIT_GAP_WEAK_CHANNELS_ONLY: "weak-channels-only": a target group that
 *   has channels, all of strength WEAK. Detail: the number of channels.
 * @MIT_GAP_NO_MULTIPLIER: "no-multiplier": a target group whose current
 *   level (its latest assessment by date, then id) is MEDIUM, and that has
 *   no channel with how = "multiplier" from an actor that also has a
 *   channel (any how, any strength) to a group whose current level is GOOD.
 *   Detail: the date of the current assessment.
 * @MIT_GAP_LANGUAGE: "language-gap": one row per (target group, language)
 *   for each language in the group's languages that no counselling actor
 *   offers. A counselling actor is one whose kind is "counselling" or whose
 *   fields of action include "counselling"; what it offers is its
 *   languages. Detail: the language code; label: its name (iso-codes).
 * @MIT_GAP_FIELD: "field-gap": one row per (district, field of action) for
 *   every district that has at least one actor (the empty district does
 *   not count) and every term of the "field" vocabulary (built-in and
 *   added ones), where no actor in that district has that field. Record
 *   "district", no uid, the name is the district. Detail: the field key;
 *   label: its label (translated when built in).
 * @MIT_GAP_STALE_ASSESSMENT: "stale-assessment": a target group never
 *   assessed, or whose current assessment is dated before the cutoff.
 *   Detail: the date of the current assessment, none if never assessed.
 * @MIT_GAP_UNVERIFIED_ACTOR: "unverified-actor": an actor whose
 *   last_verified is empty or dated before the cutoff. Detail: the date of
 *   the last check, none if never checked.
 *
 * The cutoff is the options' today minus stale_months calendar months (the
 * day clamped to the end of a shorter month: 31 March − 1 month is 28/29
 * February). A date equal to the cutoff is not stale: on 2026-06-15 with
 * 12 months, 2025-06-15 is current and 2025-06-14 is stale.
 */
typedef enum
{
  MIT_GAP_NO_CHANNEL,
  MIT_GAP_WEAK_CHANNELS_ONLY,
  MIT_GAP_NO_MULTIPLIER,
  MIT_GAP_LANGUAGE,
  MIT_GAP_FIELD,
  MIT_GAP_STALE_ASSESSMENT,
  MIT_GAP_UNVERIFIED_ACTOR,
} MitGapKind;

#define MIT_GAP_N_KINDS (MIT_GAP_UNVERIFIED_ACTOR + 1)

/* What a gap is about; keys "target-group", "actor", "district". */
typedef enum
{
  MIT_GAP_RECORD_TARGET_GROUP,
  MIT_GAP_RECORD_ACTOR,
  MIT_GAP_RECORD_DISTRICT,
} MitGapRecord;

/**
 * MitGap:
 * @kind: the rule
 * @record: what kind of record it is about
 * @record_id: the row id of the target group or actor; 0 for a district
 * @uid: the record's uid; NULL for a district
 * @name: the group's or actor's name, or the district
 * @detail: machine-readable detail (language code, field key, date
 *   "YYYY-MM-DD", number of channels) or NULL (see MitGapKind)
 * @detail_label: the detail for people (language name, field label, date
 *   as the user's language writes it, "2 weak channels") or NULL
 * @stale_months: the months of MitGapOptions the report used
 *
 * One gap. Immutable, reference-counted; a boxed type. The texts are
 * part of the same block: never free or change them. The sentence for
 * people comes from mit_gap_dup_description().
 */
typedef struct _MitGap MitGap;

struct _MitGap
{
  MitGapKind    kind;
  MitGapRecord  record;
  gint64        record_id;
  char         *uid;
  char         *name;
  char         *detail;
  char         *detail_label;
  guint         stale_months;
};

#define MIT_TYPE_GAP (mit_gap_get_type ())
GType        mit_gap_get_type          (void) G_GNUC_CONST;
MitGap      *mit_gap_ref               (MitGap       *gap);
void         mit_gap_unref             (MitGap       *gap);

/* A translated sentence for people, e.g. "No counselling service offers
 * Tigrinya, a language of the target group “Frauen aus Eritrea”." Written
 * when asked for, in the current language (a report may hold 100 000
 * gaps). Caller frees. */
char        *mit_gap_dup_description   (const MitGap *gap);

/* "no-channel" …; NULL for a value out of range. */
const char  *mit_gap_kind_to_key       (MitGapKind    kind);
/* The kind for a key; FALSE if unknown. */
gboolean     mit_gap_kind_from_key     (const char   *key,
                                        MitGapKind   *kind);
/* A translated heading for a list of gaps of this kind ("No channel"). */
const char  *mit_gap_kind_get_label    (MitGapKind    kind);
/* "target-group", "actor", "district". */
const char  *mit_gap_record_to_key     (MitGapRecord  record);

typedef struct
{
  GDate today;         /* not valid (the default): the local date now */
  guint stale_months;  /* 0 (the default): 12 */
} MitGapOptions;

#define MIT_GAP_DEFAULT_STALE_MONTHS 12

/* Today, 12 months. */
void         mit_gap_options_init      (MitGapOptions *options);
/* Sets today from "YYYY-MM-DD"; FALSE (and today left as it was) if that
 * is not a real date. */
gboolean     mit_gap_options_set_today (MitGapOptions *options,
                                        const char    *date);

/* Every gap in the network, by rule (in the order of MitGapKind), then by
 * the record's name in the user's language (districts: by name), then by
 * the detail (languages as listed by the group, fields in vocabulary
 * order). @options NULL means the defaults. Only reads the database, one
 * query per rule. Returns a GPtrArray of MitGap (free function set), or
 * NULL with @error set (MIT_STORE_ERROR). */
GPtrArray   *mit_gaps_find             (MitStore             *store,
                                        const MitGapOptions  *options,
                                        GError              **error);

/* Tab-separated, UTF-8, one line per gap after the header line
 * "kind\trecord\tuid\tname\tdetail": the kind and record keys, the uid
 * (empty for a district), the name, the machine-readable detail (empty when
 * none). Tabs and line breaks inside names become spaces. Caller frees. */
char        *mit_gaps_to_tsv           (GPtrArray            *gaps);

/* A JSON array, one object per gap, pretty-printed, in the same order:
 *   { "kind": "language-gap", "record": "target-group",
 *     "uid": "…" | null, "name": "…",
 *     "detail": "ar" | null, "detail_label": "Arabic" | null,
 *     "description": "…" }
 * Members always present, in this order. Caller frees. */
char        *mit_gaps_to_json          (GPtrArray            *gaps);

G_END_DECLS
