/* mit-store.h: the SQLite database of the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mit-types.h"
#include "mit-actor.h"
#include "mit-person.h"
#include "mit-affiliation.h"

G_BEGIN_DECLS

#define MIT_STORE_ERROR (mit_store_error_quark ())

typedef enum
{
  MIT_STORE_ERROR_OPEN,        /* cannot open or create the file */
  MIT_STORE_ERROR_TOO_NEW,     /* written by a newer Miteinander; left untouched */
  MIT_STORE_ERROR_CORRUPT,     /* not a Miteinander database, or damaged */
  MIT_STORE_ERROR_MIGRATION,   /* an upgrade step failed; rolled back */
  MIT_STORE_ERROR_DISK_FULL,   /* the disk is full; the change was rolled back */
  MIT_STORE_ERROR_NOT_FOUND,   /* the record is gone */
  MIT_STORE_ERROR_INVALID,     /* a value the store will not keep (empty name …) */
  MIT_STORE_ERROR_FAILED,      /* any other database error */
} MitStoreError;

#define MIT_TYPE_STORE (mit_store_get_type ())
G_DECLARE_FINAL_TYPE (MitStore, mit_store, MIT, STORE, GObject)

GQuark      mit_store_error_quark           (void);

/* The schema version this build writes (PRAGMA user_version). */
int         mit_store_get_schema_version    (void);

/* Opens or creates @path, migrating an older file after writing a backup
 * "<path>.backup-v<N>" beside it. ":memory:" is allowed for tests. */
MitStore   *mit_store_open                  (const char     *path,
                                             GError        **error);
/* A second connection to a file this process has open, for a worker
 * thread: changes nothing on opening (see mit-store.c). */
MitStore   *mit_store_open_secondary        (const char     *path,
                                             GError        **error);
const char *mit_store_get_path              (MitStore       *self);

/* The default database: $XDG_DATA_HOME/miteinander/miteinander.db */
char       *mit_store_dup_default_path      (void);

/* Transactions. Every save/delete below runs in its own transaction unless
 * one is open; then it joins it. "changed" is emitted after the outermost
 * commit, once, with every kind that changed. On error inside a transaction
 * call rollback; the whole transaction is undone. */
gboolean    mit_store_begin                 (MitStore       *self,
                                             GError        **error);
gboolean    mit_store_commit                (MitStore       *self,
                                             GError        **error);
void        mit_store_rollback              (MitStore       *self);

/* Another connection (a worker thread's store on the same file) committed:
 * tell this store's listeners. Call on the main thread. */
void        mit_store_notify_changed        (MitStore       *self,
                                             MitRecordKind   kinds);

/* Whether another connection (another program, a worker thread) committed
 * since the last call; if so, emits "changed" for every kind of record. */
gboolean    mit_store_check_external_changes (MitStore      *self);

/* Actors */
MitActor   *mit_store_load_actor            (MitStore       *self,
                                             gint64          id,
                                             GError        **error);
MitActor   *mit_store_load_actor_by_uid     (MitStore       *self,
                                             const char     *uid,
                                             GError        **error);
/* Loads the actors with these ids, in this order (ids that do not exist are
 * left out). Returns a GPtrArray of MitActor. */
GPtrArray  *mit_store_load_actors           (MitStore       *self,
                                             const gint64   *ids,
                                             guint           n_ids,
                                             GError        **error);
/* Inserts when the actor has no id yet (and gives it id, uid and stamps),
 * otherwise updates it. The name must not be empty. */
gboolean    mit_store_save_actor            (MitStore       *self,
                                             MitActor       *actor,
                                             GError        **error);
/* Deletes the actor and its affiliations. Returns the change number
 * (> 0) to hand to mit_store_undo(), or 0 on error. */
gint64      mit_store_delete_actor          (MitStore       *self,
                                             gint64          id,
                                             GError        **error);
guint       mit_store_count_actors          (MitStore       *self);

/* Ids of actors whose name and address look like the same organisation:
 * same name ignoring case, accents and punctuation, and the same street or
 * postcode (or no address on either side). */
GArray     *mit_store_find_likely_duplicates (MitStore      *self,
                                              const char    *name,
                                              const char    *street,
                                              const char    *postcode,
                                              GError       **error);

/* Finding actors */
typedef struct
{
  char *text;        /* search as you type; NULL or "" for all */
  char *field;       /* field-of-action key or NULL */
  int   sector;      /* a MitSector, or -1 for any */
  char *kind;        /* actor-kind key or NULL */
  char *language;    /* language code or NULL */
  char *district;    /* district or NULL */
} MitActorFilter;

void        mit_actor_filter_init           (MitActorFilter *filter);
void        mit_actor_filter_clear          (MitActorFilter *filter);
gboolean    mit_actor_filter_is_empty       (const MitActorFilter *filter);

/* Ids of the matching actors, sorted by name in the user's language.
 * A GArray of gint64. */
GArray     *mit_store_find_actor_ids        (MitStore             *self,
                                             const MitActorFilter *filter,
                                             GError              **error);

/* Turns what a user typed into an FTS5 query: every word a prefix, all
 * words required. Returns NULL when nothing searchable is left. */
char       *mit_store_build_match_query     (const char     *text);

/* Distinct districts in use, sorted. NULL-terminated; free with g_strfreev. */
char      **mit_store_list_districts        (MitStore       *self);

/* Persons */
MitPerson  *mit_store_load_person           (MitStore       *self,
                                             gint64          id,
                                             GError        **error);
GPtrArray  *mit_store_load_persons          (MitStore       *self,
                                             const gint64   *ids,
                                             guint           n_ids,
                                             GError        **error);
gboolean    mit_store_save_person           (MitStore       *self,
                                             MitPerson      *person,
                                             GError        **error);
/* Deletes the person and their links; can be undone (returns the change
 * number) until mit_store_erase_person_traces() is called. */
gint64      mit_store_delete_person         (MitStore       *self,
                                             gint64          id,
                                             GError        **error);
/* Removes every trace of a deleted person: history, search index, freed
 * pages (secure delete), the write-ahead log. After this nothing of them
 * remains in the file. */
gboolean    mit_store_erase_person_traces   (MitStore       *self,
                                             const char     *uid,
                                             GError        **error);
/* Both of the above at once: no undo. */
gboolean    mit_store_erase_person          (MitStore       *self,
                                             gint64          id,
                                             GError        **error);
guint       mit_store_count_persons         (MitStore       *self);
/* Ids of persons matching @text (name, e-mail, phone), sorted by name. */
GArray     *mit_store_find_person_ids       (MitStore       *self,
                                             const char     *text,
                                             GError        **error);

/* Affiliations: a GPtrArray of MitAffiliation */
GPtrArray  *mit_store_list_affiliations_of_actor  (MitStore    *self,
                                                   gint64       actor_id,
                                                   GError     **error);
GPtrArray  *mit_store_list_affiliations_of_person (MitStore    *self,
                                                   gint64       person_id,
                                                   GError     **error);
/* Links, or changes the role of an existing link. Returns the link's id. */
gint64      mit_store_link_person           (MitStore       *self,
                                             gint64          person_id,
                                             gint64          actor_id,
                                             const char     *role,
                                             GError        **error);
gboolean    mit_store_unlink_person         (MitStore       *self,
                                             gint64          affiliation_id,
                                             GError        **error);

/* Undo: reverts every row change recorded under @change (from a delete or
 * any other call that returned one), in one transaction. */
gboolean    mit_store_undo                  (MitStore       *self,
                                             gint64          change,
                                             GError        **error);
/* The number of the newest recorded change, 0 if none. */
gint64      mit_store_get_last_change       (MitStore       *self);

/* Vocabularies: "actor-kind" and "field" (fields of action). The labels
 * of built-in terms come translated into the user's language; terms the
 * user adds keep their label as typed. */
struct _MitVocabTerm
{
  char     *key;
  char     *label;
  gboolean  builtin;
};

void        mit_vocab_term_free             (MitVocabTerm   *term);
/* A GPtrArray of MitVocabTerm, in display order */
GPtrArray  *mit_store_list_vocabulary       (MitStore       *self,
                                             const char     *vocabulary,
                                             GError        **error);
/* Adds a term (key derived from the label) or returns the existing key of
 * a term with that label. Caller frees the key. */
char       *mit_store_add_vocabulary_term   (MitStore       *self,
                                             const char     *vocabulary,
                                             const char     *label,
                                             GError        **error);
/* The label for a key, translated when built in; the key itself if unknown. */
const char *mit_store_get_vocabulary_label  (MitStore       *self,
                                             const char     *vocabulary,
                                             const char     *key);

/* Key/value settings kept in the database (e.g. the CSV column mapping). */
char       *mit_store_get_setting           (MitStore       *self,
                                             const char     *key);
gboolean    mit_store_set_setting           (MitStore       *self,
                                             const char     *key,
                                             const char     *value,
                                             GError        **error);

G_END_DECLS

/* Built-in vocabulary keys (labels in English, translated for display):
 *
 * "actor-kind": welfare-association, migrant-organisation,
 *   volunteer-initiative, club, school, day-care, authority, job-centre,
 *   religious-community, counselling, education-provider, other
 * "field": language, education, work, housing, health, counselling,
 *   culture-sport, participation, anti-discrimination, women-empowerment,
 *   youth, seniors
 */
