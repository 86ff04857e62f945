/* mit-store.c: the SQLite database of the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitStore"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mit-store.h"
#include "mit-store-private.h"
#include "mit-core-resources.h"

#define SQL_RESOURCE_PATH RESOURCE_BASE_PATH "/sql/"

struct _MitStore
{
  GObject        parent_instance;

  char          *path;
  sqlite3       *db;
  GHashTable    *statements;     /* const char *sql → sqlite3_stmt * */
  GHashTable    *labels;         /* "vocabulary\x1fkey" → label */

  guint          depth;          /* open transaction and savepoints */
  gint64         change;         /* change number of the open transaction */
  MitRecordKind  pending;        /* kinds changed in the open transaction */

  /* All actor ids in name order, and each id's place in it, so that search
   * hits are put in order without reading the actor rows. NULL when stale. */
  GArray        *name_order;
  guint32       *name_rank;
  gint64         name_rank_len;

  gint64         data_version;   /* PRAGMA data_version when last looked */
};

G_DEFINE_FINAL_TYPE (MitStore, mit_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The built-in vocabulary labels, for xgettext: the migration stores them
 * in English and mit_store_get_vocabulary_label() translates them. */
static const char * const builtin_labels[] G_GNUC_UNUSED = {
  N_("Welfare association"), N_("Migrant organisation"), N_("Volunteer initiative"),
  N_("Club"), N_("School"), N_("Day-care centre"), N_("Public authority"),
  N_("Job centre"), N_("Religious community"), N_("Counselling service"),
  N_("Education provider"), N_("Other"),
  N_("Language"), N_("Education"), N_("Work"), N_("Housing"), N_("Health"),
  N_("Counselling"), N_("Culture and sport"), N_("Participation"),
  N_("Anti-discrimination"), N_("Women and empowerment"), N_("Youth"), N_("Seniors"),
};

G_DEFINE_QUARK (mit-store-error-quark, mit_store_error)

static void
forget_name_order (MitStore *self)
{
  g_clear_pointer (&self->name_order, g_array_unref);
  g_clear_pointer (&self->name_rank, g_free);
  self->name_rank_len = 0;
}

/* ---- keys ---------------------------------------------------------- */

static gboolean
collation_is_plain (void)
{
  const char *locale = setlocale (LC_COLLATE, NULL);

  return locale == NULL
      || g_str_equal (locale, "C")
      || g_str_equal (locale, "POSIX")
      || g_str_has_prefix (locale, "C.");
}

/* Letters without accents, in lower case ("Ärztehaus" → "arztehaus").
 * Character by character, since it runs for every name an import writes:
 * ASCII is lowered in place, anything else is decomposed (compatibility
 * decomposition, as NFKD) and its combining marks dropped. */
static char *
fold_text (const char *text,
           gboolean    letters_only)
{
  GString *out;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      guchar byte = *p;
      gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n_parts;

      if (byte < 0x80)
        {
          if (!letters_only || g_ascii_isalnum (byte))
            g_string_append_c (out, g_ascii_tolower (byte));
          continue;
        }

      n_parts = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE, parts, G_N_ELEMENTS (parts));
      for (gsize i = 0; i < n_parts; i++)
        {
          gunichar c = parts[i];

          if (g_unichar_ismark (c))
            continue;
          if (letters_only && !g_unichar_isalnum (c))
            continue;
          if (c == 0x00DF) /* ß folds to ss, as g_utf8_casefold() does */
            g_string_append (out, "ss");
          else
            g_string_append_unichar (out, g_unichar_tolower (c));
        }
    }
  return g_string_free (out, FALSE);
}

/* Lists sort the way the user's language sorts. With a real locale that is
 * g_utf8_collate_key(); in the C locale (no locale installed, as on a bare
 * server) byte order would put "Ärztehaus" after "Zentrum", so fall back to
 * the text without accents and case, which is how German dictionaries sort
 * (DIN 5007-1), with the original as tie-breaker. */
char *
_mit_store_sort_key (const char *text,
                     gssize     *len)
{
  char *key;

  if (text == NULL)
    text = "";

  if (collation_is_plain ())
    {
      g_autofree char *folded = fold_text (text, FALSE);

      key = g_strconcat (folded, "\x01", text, NULL);
    }
  else
    key = g_utf8_collate_key (text, -1);

  if (len)
    *len = strlen (key);
  return key;
}

/* Both keys of an actor's name from one folding of it. */
static void
name_keys (const char  *name,
           char       **sort_key,
           gssize      *sort_key_len,
           char       **match_key)
{
  g_autofree char *folded = fold_text (name, FALSE);
  GString *match = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (match, c);
    }
  *match_key = g_string_free (match, FALSE);

  if (collation_is_plain ())
    *sort_key = g_strconcat (folded, "\x01", name, NULL);
  else
    *sort_key = g_utf8_collate_key (name, -1);
  *sort_key_len = strlen (*sort_key);
}

char *
_mit_store_match_key (const char *text)
{
  return fold_text (text ? text : "", TRUE);
}

/* Letters the search tokenizer keeps as they are, although a German
 * keyboard types them otherwise: "Yılmaz" is found as "yilmaz", "Straße"
 * as "strasse". Everything else is left to the tokenizer's own folding.
 * Works on the UTF-8 bytes: every text an import writes passes here. */
static const char *
fold_search_pair (guchar lead,
                  guchar next)
{
  switch (lead)
    {
    case 0xC3:
      switch (next)
        {
        case 0x9F: return "ss"; /* ß */
        case 0xB8: return "o";  /* ø */
        case 0x98: return "O";  /* Ø */
        case 0xA6: return "ae"; /* æ */
        case 0x86: return "AE"; /* Æ */
        case 0xBE: return "th"; /* þ */
        default: return NULL;
        }
    case 0xC4:
      switch (next)
        {
        case 0xB1: return "i";  /* ı */
        case 0x91: return "d";  /* đ */
        case 0x90: return "D";  /* Đ */
        default: return NULL;
        }
    case 0xC5:
      switch (next)
        {
        case 0x82: return "l";  /* ł */
        case 0x81: return "L";  /* Ł */
        case 0x93: return "oe"; /* œ */
        case 0x92: return "OE"; /* Œ */
        default: return NULL;
        }
    default:
      return NULL;
    }
}

char *
_mit_store_fold_search (const char *text)
{
  const guchar *p;
  GString *out = NULL;
  const guchar *copied;

  if (text == NULL)
    return NULL;

  copied = (const guchar *)text;
  for (p = (const guchar *)text; *p; p++)
    {
      const char *to;

      if (*p < 0xC3 || *p > 0xC5 || p[1] == '\0' || !(to = fold_search_pair (p[0], p[1])))
        continue;
      if (out == NULL)
        out = g_string_sized_new (strlen (text) + 8);
      g_string_append_len (out, (const char *)copied, p - copied);
      g_string_append (out, to);
      copied = p + 2;
      p++;
    }

  if (out == NULL)
    return g_strdup (text);
  g_string_append (out, (const char *)copied);
  return g_string_free (out, FALSE);
}

static void
sql_fold (sqlite3_context  *ctx,
          int               argc,
          sqlite3_value   **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (ctx);
  else
    sqlite3_result_text (ctx, _mit_store_fold_search (text), -1, g_free);
}

static void
sql_sort_key (sqlite3_context  *ctx,
              int               argc,
              sqlite3_value   **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);
  gssize len;
  char *key = _mit_store_sort_key (text, &len);

  sqlite3_result_blob (ctx, key, len, g_free);
}

static void
sql_change (sqlite3_context  *ctx,
            int               argc,
            sqlite3_value   **argv)
{
  MitStore *self = sqlite3_user_data (ctx);

  sqlite3_result_int64 (ctx, self->change);
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* ---- errors and statements ----------------------------------------- */

void
_mit_store_set_error (MitStore    *self,
                      GError     **error,
                      int          rc,
                      const char  *what)
{
  int primary = rc & 0xff;
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (primary)
    {
    case SQLITE_FULL:
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_DISK_FULL,
                   _("%s: the disk is full. Free some space and try again; nothing was changed."),
                   what);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_CORRUPT,
                   _("%s: the database file is damaged or is not a Miteinander database (%s)."),
                   what, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_OPEN,
                   _("%s: the database file cannot be written (%s). Check its permissions."),
                   what, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                   _("%s: the change does not fit the data already stored (%s)."),
                   what, detail);
      break;
    default:
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_FAILED,
                   "%s: %s", what, detail);
    }
}

sqlite3 *
_mit_store_get_db (MitStore *self)
{
  return self->db;
}

sqlite3_stmt *
_mit_store_prepare (MitStore    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          _mit_store_set_error (self, error, rc, _("Could not read the database"));
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer)sql, stmt);
    }
  else
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return stmt;
}

static gboolean
exec_sql (MitStore    *self,
          const char  *sql,
          const char  *what,
          GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  sqlite3_free (message);
  if (rc != SQLITE_OK)
    {
      _mit_store_set_error (self, error, rc, what);
      return FALSE;
    }
  return TRUE;
}

/* Steps a statement that returns no rows. */
static gboolean
step_done (MitStore     *self,
           sqlite3_stmt *stmt,
           const char   *what,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _mit_store_set_error (self, error, rc, what);
      return FALSE;
    }
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           index)
{
  const char *text = (const char *)sqlite3_column_text (stmt, index);

  return text ? text : "";
}

/* ---- GObject ------------------------------------------------------- */

static void
mit_store_finalize (GObject *object)
{
  MitStore *self = (MitStore *)object;

  if (self->depth > 0)
    {
      g_warning ("Store finalized inside a transaction; rolling back");
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_hash_table_unref);
  forget_name_order (self);
  if (self->db)
    sqlite3_close_v2 (self->db);
  self->db = NULL;
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (mit_store_parent_class)->finalize (object);
}

static void
mit_store_class_init (MitStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mit_store_finalize;

  /**
   * MitStore::changed:
   * @kinds: the #MitRecordKind flags of what changed
   *
   * Emitted once after each committed transaction.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
mit_store_init (MitStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify)sqlite3_finalize);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- opening and migrating ------------------------------------------ */

int
mit_store_get_schema_version (void)
{
  g_auto(GStrv) names = NULL;

  /* Referring to the bundle keeps the linker from dropping it (and its
   * constructor, which registers it) out of the static library. */
  g_assert (mit_core_get_resource () != NULL);
  names = g_resources_enumerate_children (SQL_RESOURCE_PATH, 0, NULL);

  return names ? (int)g_strv_length (names) : 0;
}

static int
read_user_version (MitStore *self,
                   GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc, version = -1;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  else
    _mit_store_set_error (self, error, rc, _("Could not open the database"));
  sqlite3_finalize (stmt);
  return version;
}

static gboolean
has_foreign_tables (MitStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int (stmt, 0) > 0;
  sqlite3_finalize (stmt);
  return found;
}

static gboolean
write_backup (MitStore *self,
              int       version,
              GError  **error)
{
  g_autofree char *backup_path = g_strdup_printf ("%s.backup-v%d", self->path, version);
  sqlite3 *backup_db = NULL;
  sqlite3_backup *backup;
  int rc;

  g_unlink (backup_path);
  rc = sqlite3_open (backup_path, &backup_db);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (backup_db, "main", self->db, "main");
      if (backup)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (backup_db);
    }
  sqlite3_close (backup_db);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_MIGRATION,
                   _("Could not write the backup copy “%s” before upgrading the database (%s). "
                     "The database was not changed."),
                   backup_path, sqlite3_errstr (rc));
      g_unlink (backup_path);
      return FALSE;
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static gboolean
run_migrations (MitStore *self,
                int       from,
                int       to,
                GError  **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (SQL_RESOURCE_PATH, 0, NULL);
  g_autofree char *set_version = NULL;

  if (names == NULL)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_MIGRATION,
                           "The database schema is missing from the program's resources.");
      return FALSE;
    }
  /* Files are named "NNNN-what.sql"; sorted by name is sorted by number. */
  g_qsort_with_data (names, g_strv_length (names), sizeof (char *), compare_names, NULL);

  if (!exec_sql (self, "BEGIN IMMEDIATE", _("Could not upgrade the database"), error))
    return FALSE;

  for (int v = from + 1; v <= to; v++)
    {
      g_autofree char *path = g_strconcat (SQL_RESOURCE_PATH, names[v - 1], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);
      g_autofree char *sql = NULL;

      if (bytes == NULL)
        goto failed;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (!exec_sql (self, sql, _("Could not upgrade the database"), error))
        goto failed;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", to);
  if (!exec_sql (self, set_version, _("Could not upgrade the database"), error)
      || !exec_sql (self, "COMMIT", _("Could not upgrade the database"), error))
    goto failed;
  return TRUE;

failed:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  if (error && *error && (*error)->domain == MIT_STORE_ERROR
      && (*error)->code != MIT_STORE_ERROR_DISK_FULL)
    (*error)->code = MIT_STORE_ERROR_MIGRATION;
  return FALSE;
}

/* Sort keys depend on the locale: recompute them when it changed. */
static gboolean
update_sort_keys (MitStore *self,
                  GError  **error)
{
  const char *locale = collation_is_plain () ? "C" : setlocale (LC_COLLATE, NULL);
  g_autofree char *stored = mit_store_get_setting (self, "sort-locale");

  if (g_strcmp0 (stored, locale) == 0)
    return TRUE;

  if (!mit_store_begin (self, error))
    return FALSE;
  if (!exec_sql (self,
                 "UPDATE actor SET sort_key = mit_sort_key (name);"
                 "UPDATE person SET sort_key = mit_sort_key (name);"
                 "UPDATE target_group SET sort_key = mit_sort_key (name);",
                 _("Could not sort the directory"), error)
      || !mit_store_set_setting (self, "sort-locale", locale, error))
    {
      mit_store_rollback (self);
      return FALSE;
    }
  self->pending = 0;
  return mit_store_commit (self, error);
}

static gboolean erase_traces (MitStore *self, const char *uid, GError **error);
static gint64 read_data_version (MitStore *self);

/* A person deleted with undo still possible is erased when the chance to
 * undo ends; if the program ended first (a crash, a kill), do it now. */
static void
erase_leftover_persons (MitStore *self)
{
  g_autoptr(GPtrArray) uids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  stmt = _mit_store_prepare (self,
                             "SELECT DISTINCT uid FROM history WHERE tbl = 'person' AND op = 'delete' "
                             "AND uid NOT IN (SELECT uid FROM person)", NULL);
  while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (uids, g_strdup (column_text (stmt, 0)));
  if (stmt)
    sqlite3_reset (stmt);

  for (guint i = 0; i < uids->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!erase_traces (self, g_ptr_array_index (uids, i), &error))
        g_warning ("Could not erase a deleted person: %s", error->message);
    }
}

/**
 * mit_store_open:
 * @path: a file, or ":memory:"
 *
 * Opens the database at @path, creating it or upgrading it as needed. A
 * file written by a newer version of Miteinander is refused and not
 * touched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
static MitStore *open_store (const char *path, int target, gboolean secondary, GError **error);

MitStore *
mit_store_open (const char  *path,
                GError     **error)
{
  return open_store (path, mit_store_get_schema_version (), FALSE, error);
}

/**
 * mit_store_open_secondary:
 * @path: a file that a #MitStore of this process has open already
 *
 * Opens a second connection to the same database, for a worker thread.
 * Unlike mit_store_open() it changes nothing on opening: no migration (a
 * file of another version is refused), no new sort keys, and above all no
 * erasing of deleted persons, whose deletion the first connection may
 * still offer to undo.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
MitStore *
mit_store_open_secondary (const char  *path,
                          GError     **error)
{
  return open_store (path, mit_store_get_schema_version (), TRUE, error);
}

/* Opens and migrates up to @target only: for tests that make older files. */
MitStore *
_mit_store_open_at_version (const char  *path,
                            int          target,
                            GError     **error)
{
  return open_store (path, target, FALSE, error);
}

static MitStore *
open_store (const char  *path,
            int          target,
            gboolean     secondary,
            GError     **error)
{
  g_autoptr(MitStore) self = NULL;
  gboolean in_memory;
  gboolean existed;
  int version, rc;

  g_return_val_if_fail (path != NULL, NULL);

  in_memory = g_str_equal (path, ":memory:");
  existed = !in_memory && g_file_test (path, G_FILE_TEST_EXISTS);

  if (!in_memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_OPEN,
                       _("Could not create the folder “%s” for the database: %s"),
                       dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  self = g_object_new (MIT_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s"),
                   path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_function (self->db, "mit_sort_key", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_sort_key, NULL, NULL);
  sqlite3_create_function (self->db, "mit_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold, NULL, NULL);
  sqlite3_create_function (self->db, "mit_change", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                           self, sql_change, NULL, NULL);

  /* Read the version before anything writes to the file. */
  version = read_user_version (self, error);
  if (version < 0)
    {
      if (error && *error)
        g_prefix_error (error, "“%s”: ", path);
      return NULL;
    }

  if (target <= 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_MIGRATION,
                           "The database schema is missing from the program's resources.");
      return NULL;
    }
  if (version > target)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Miteinander "
                     "(format %d; this version knows up to %d). Update Miteinander to open it. "
                     "The file was not changed."),
                   path, version, target);
      return NULL;
    }
  if (version == 0 && has_foreign_tables (self))
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Miteinander database. The file was not changed."), path);
      return NULL;
    }

  if (!exec_sql (self,
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = NORMAL;"
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA secure_delete = ON;"
                 /* Savepoints and statement journals in memory, not in
                  * temporary files: a bulk import writes half as much. */
                 "PRAGMA temp_store = MEMORY;"
                 "PRAGMA cache_size = -16000;",
                 _("Could not open the database"), error))
    return NULL;

  if (secondary && version != target)
    {
      g_set_error (error, MIT_STORE_ERROR, MIT_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: it was changed by another program."),
                   path);
      return NULL;
    }

  if (version < target)
    {
      if (existed && version > 0 && !write_backup (self, version, error))
        return NULL;
      if (!run_migrations (self, version, target, error))
        return NULL;
    }

  if (!secondary)
    {
      if (!update_sort_keys (self, error))
        return NULL;
      erase_leftover_persons (self);
    }
  self->data_version = read_data_version (self);

  return g_steal_pointer (&self);
}

const char *
mit_store_get_path (MitStore *self)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  return self->path;
}

/**
 * mit_store_dup_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/miteinander/miteinander.db
 */
char *
mit_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "miteinander", "miteinander.db", NULL);
}

/* ---- transactions ---------------------------------------------------- */

gboolean
mit_store_begin (MitStore  *self,
                 GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (self->depth > 0)
    {
      stmt = _mit_store_prepare (self, "SAVEPOINT mit", error);
      if (stmt == NULL || !step_done (self, stmt, _("Could not change the database"), error))
        return FALSE;
      self->depth++;
      return TRUE;
    }

  stmt = _mit_store_prepare (self, "BEGIN IMMEDIATE", error);
  if (stmt == NULL || !step_done (self, stmt, _("Could not change the database"), error))
    return FALSE;

  /* The change number groups this transaction's rows in the history. */
  stmt = _mit_store_prepare (self, "SELECT coalesce (max (change), 0) + 1 FROM history", error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    {
      if (stmt)
        _mit_store_set_error (self, error, sqlite3_errcode (self->db),
                              _("Could not change the database"));
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  self->change = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  self->pending = 0;
  self->depth = 1;
  return TRUE;
}

/* Records the inserted rows in the history and rewrites the search entries
 * and list rows of the records the triggers noted in "dirty", one statement
 * each (see resources/sql/0001-initial.sql). */
static gboolean
flush_derived_data (MitStore  *self,
                    GError   **error)
{
  static const char sql[] =
    "INSERT INTO history (change, stamp, tbl, row_id, uid, op) "
    "  SELECT mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'actor', a.id, a.uid, 'insert' "
    "  FROM actor a WHERE a.id IN (SELECT id FROM dirty WHERE tbl = 1 AND inserted);"
    "INSERT INTO history (change, stamp, tbl, row_id, uid, op) "
    "  SELECT mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'person', p.id, p.uid, 'insert' "
    "  FROM person p WHERE p.id IN (SELECT id FROM dirty WHERE tbl = 2 AND inserted);"
    "INSERT INTO history (change, stamp, tbl, row_id, uid, op) "
    "  SELECT mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), 'affiliation', f.id, NULL, 'insert' "
    "  FROM affiliation f WHERE f.id IN (SELECT id FROM dirty WHERE tbl = 3 AND inserted);"
    "INSERT INTO history (change, stamp, tbl, row_id, uid, op) "
    "  SELECT mit_change (), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), "
    "    CASE d.tbl WHEN 4 THEN 'target_group' WHEN 5 THEN 'assessment' ELSE 'channel' END, "
    "    d.id, coalesce (g.uid, a.uid, c.uid), 'insert' "
    "  FROM dirty d "
    "  LEFT JOIN target_group g ON d.tbl = 4 AND g.id = d.id "
    "  LEFT JOIN assessment a ON d.tbl = 5 AND a.id = d.id "
    "  LEFT JOIN channel c ON d.tbl = 6 AND c.id = d.id "
    "  WHERE d.tbl IN (4, 5, 6) AND d.inserted AND coalesce (g.id, a.id, c.id) IS NOT NULL;"
    "DELETE FROM actor_field WHERE actor_id IN (SELECT id FROM dirty WHERE tbl = 1);"
    "DELETE FROM actor_language WHERE actor_id IN (SELECT id FROM dirty WHERE tbl = 1);"
    "INSERT OR IGNORE INTO actor_field (actor_id, field) "
    "  SELECT a.id, j.value FROM actor a, json_each (a.fields) j "
    "  WHERE a.id IN (SELECT id FROM dirty WHERE tbl = 1);"
    "INSERT OR IGNORE INTO actor_language (actor_id, language) "
    "  SELECT a.id, j.value FROM actor a, json_each (a.languages) j "
    "  WHERE a.id IN (SELECT id FROM dirty WHERE tbl = 1);"
    "DELETE FROM actor_fts WHERE rowid IN (SELECT id FROM dirty WHERE tbl = 1);"
    "INSERT INTO actor_fts (rowid, name, description, address, tags, people) "
    "  SELECT a.id, mit_fold (a.name), mit_fold (a.description), "
    "    mit_fold (a.street || ' ' || a.postcode || ' ' || a.town || ' ' || a.district), "
    "    mit_fold (a.tags), "
    "    mit_fold (coalesce ((SELECT group_concat (p.name, ' ') FROM affiliation f "
    "                         JOIN person p ON p.id = f.person_id WHERE f.actor_id = a.id), '')) "
    "  FROM actor a WHERE a.id IN (SELECT id FROM dirty WHERE tbl = 1);"
    "DELETE FROM person_fts WHERE rowid IN (SELECT id FROM dirty WHERE tbl = 2);"
    "INSERT INTO person_fts (rowid, name, contact) "
    "  SELECT p.id, mit_fold (p.name), p.email || ' ' || p.phone "
    "  FROM person p WHERE p.id IN (SELECT id FROM dirty WHERE tbl = 2);"
    "DELETE FROM dirty;";
  sqlite3_stmt *stmt;
  gboolean dirty;

  stmt = _mit_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM dirty)", error);
  if (stmt == NULL)
    return FALSE;
  dirty = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (!dirty)
    return TRUE;
  return exec_sql (self, sql, _("Could not update the search index"), error);
}

gboolean
mit_store_commit (MitStore  *self,
                  GError   **error)
{
  sqlite3_stmt *stmt;
  MitRecordKind kinds;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (self->depth == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_FAILED,
                           "No transaction is open (it was rolled back).");
      return FALSE;
    }

  if (self->depth > 1)
    {
      stmt = _mit_store_prepare (self, "RELEASE mit", error);
      if (stmt == NULL || !step_done (self, stmt, _("Could not save the change"), error))
        return FALSE;
      self->depth--;
      return TRUE;
    }

  if (!flush_derived_data (self, error))
    {
      mit_store_rollback (self);
      return FALSE;
    }
  stmt = _mit_store_prepare (self, "COMMIT", error);
  if (stmt == NULL || !step_done (self, stmt, _("Could not save the change"), error))
    {
      mit_store_rollback (self);
      return FALSE;
    }

  self->depth = 0;
  self->change = 0;
  kinds = self->pending;
  self->pending = 0;
  if (kinds & MIT_RECORD_VOCABULARY)
    g_hash_table_remove_all (self->labels);
  if (kinds != 0)
    g_signal_emit (self, signals[CHANGED], 0, (guint)kinds);
  return TRUE;
}

void
mit_store_rollback (MitStore *self)
{
  g_return_if_fail (MIT_IS_STORE (self));

  if (self->depth == 0)
    return;

  forget_name_order (self);
  if (self->depth > 1)
    {
      sqlite3_exec (self->db, "ROLLBACK TO mit; RELEASE mit", NULL, NULL, NULL);
      self->depth--;
      return;
    }

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  self->change = 0;
  self->pending = 0;
}

void
_mit_store_mark_changed (MitStore      *self,
                         MitRecordKind  kinds)
{
  self->pending |= kinds;
  if (kinds & MIT_RECORD_ACTOR)
    forget_name_order (self);
}

static gint64
read_data_version (MitStore *self)
{
  sqlite3_stmt *stmt = _mit_store_prepare (self, "PRAGMA data_version", NULL);
  gint64 version = -1;

  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  return version;
}

gboolean
mit_store_check_external_changes (MitStore *self)
{
  gint64 version;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (self->depth > 0)
    return FALSE;
  version = read_data_version (self);
  if (version == self->data_version)
    return FALSE;
  self->data_version = version;
  mit_store_notify_changed (self, MIT_RECORD_ALL);
  return TRUE;
}

void
mit_store_notify_changed (MitStore      *self,
                          MitRecordKind  kinds)
{
  g_return_if_fail (MIT_IS_STORE (self));

  if (kinds & MIT_RECORD_VOCABULARY)
    g_hash_table_remove_all (self->labels);
  if (kinds & MIT_RECORD_ACTOR)
    forget_name_order (self);
  g_signal_emit (self, signals[CHANGED], 0, (guint)kinds);
}

static gboolean
row_exists (MitStore   *self,
            const char *sql,
            gint64      id)
{
  sqlite3_stmt *stmt = _mit_store_prepare (self, sql, NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return exists;
}

/* A write of its own, or part of the open transaction. A write that joins
 * needs no savepoint of its own: SQLite undoes a failed statement by itself,
 * and a savepoint per row would make bulk imports write out the search
 * index at each of them. */
static gboolean
write_begin (MitStore  *self,
             gboolean  *joined,
             GError   **error)
{
  *joined = self->depth > 0;
  return *joined || mit_store_begin (self, error);
}

static gboolean
write_commit (MitStore  *self,
              gboolean   joined,
              GError   **error)
{
  return joined || mit_store_commit (self, error);
}

static void
write_rollback (MitStore *self,
                gboolean  joined)
{
  if (!joined)
    mit_store_rollback (self);
}

/* Runs @stmt (already bound) as one change of its own, or inside the open
 * transaction. */
static gboolean
run_change (MitStore      *self,
            sqlite3_stmt  *stmt,
            MitRecordKind  kinds,
            const char    *what,
            GError       **error)
{
  gboolean joined;
  if (!write_begin (self, &joined, error))
    return FALSE;
  if (!step_done (self, stmt, what, error))
    {
      write_rollback (self, joined);
      return FALSE;
    }
  _mit_store_mark_changed (self, kinds);
  return write_commit (self, joined, error);
}

/* ---- lists as JSON ----------------------------------------------------- */

/* A JSON array of the list's distinct, non-empty items, in order. (The
 * triggers copy them into tables keyed by item: a repeated item would be a
 * conflict.) */
static char *
strv_to_json (const char * const *list)
{
  GString *json = g_string_new ("[");
  guint written = 0;

  for (guint i = 0; list && list[i]; i++)
    {
      gboolean repeated = FALSE;

      if (*list[i] == '\0')
        continue;
      for (guint j = 0; j < i && !repeated; j++)
        repeated = g_str_equal (list[i], list[j]);
      if (repeated)
        continue;

      if (written++ > 0)
        g_string_append_c (json, ',');
      g_string_append_c (json, '"');
      for (const char *p = list[i]; *p; p++)
        {
          guchar c = *p;

          if (c == '"' || c == '\\')
            g_string_append_printf (json, "\\%c", c);
          else if (c < 0x20)
            g_string_append_printf (json, "\\u%04x", c);
          else
            g_string_append_c (json, c);
        }
      g_string_append_c (json, '"');
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* The load queries turn the JSON arrays into text joined by U+001F. */
static char **
split_list (const char *joined)
{
  if (joined == NULL || *joined == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (joined, "\x1f", -1);
}

static char **
split_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  GPtrArray *tags = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag)
        g_ptr_array_add (tags, g_strdup (tag));
    }
  g_ptr_array_add (tags, NULL);
  return (char **)g_ptr_array_free (tags, FALSE);
}

/* ---- actors ------------------------------------------------------------ */

#define ACTOR_COLUMNS \
  "a.id, a.uid, a.name, a.kind, a.sector, a.district, a.street, a.postcode, a.town, " \
  "a.phone, a.email, a.website, a.opening_hours, a.description, a.last_verified, " \
  "(SELECT group_concat (value, char (31)) FROM json_each (a.fields)), " \
  "(SELECT group_concat (value, char (31)) FROM json_each (a.languages)), " \
  "a.tags, a.created, a.modified, a.barrier_free, a.latitude, a.longitude"

static MitActor *
actor_from_row (sqlite3_stmt *stmt)
{
  MitActor *actor = mit_actor_new ();
  static const int text_columns[] = {
    MIT_ACTOR_NAME, MIT_ACTOR_KIND, -1, MIT_ACTOR_DISTRICT, MIT_ACTOR_STREET,
    MIT_ACTOR_POSTCODE, MIT_ACTOR_TOWN, MIT_ACTOR_PHONE, MIT_ACTOR_EMAIL,
    MIT_ACTOR_WEBSITE, MIT_ACTOR_OPENING_HOURS, MIT_ACTOR_DESCRIPTION,
    MIT_ACTOR_LAST_VERIFIED,
  };
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) tags = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    if (text_columns[i] >= 0)
      mit_actor_set_text (actor, text_columns[i], column_text (stmt, 2 + i));
  mit_actor_set_sector (actor, CLAMP (sqlite3_column_int (stmt, 4), 0, MIT_SECTOR_LAST));

  fields = split_list ((const char *)sqlite3_column_text (stmt, 15));
  languages = split_list ((const char *)sqlite3_column_text (stmt, 16));
  tags = split_tags (column_text (stmt, 17));
  mit_actor_set_fields (actor, (const char * const *)fields);
  mit_actor_set_languages (actor, (const char * const *)languages);
  mit_actor_set_tags (actor, (const char * const *)tags);
  mit_actor_set_barrier_free (actor, CLAMP (sqlite3_column_int (stmt, 20), 0,
                                            MIT_BARRIER_FREE_LAST));
  if (sqlite3_column_type (stmt, 21) != SQLITE_NULL
      && sqlite3_column_type (stmt, 22) != SQLITE_NULL)
    mit_actor_set_coordinates (actor, sqlite3_column_double (stmt, 21),
                               sqlite3_column_double (stmt, 22));

  _mit_actor_set_identity (actor,
                           sqlite3_column_int64 (stmt, 0),
                           column_text (stmt, 1),
                           column_text (stmt, 18),
                           column_text (stmt, 19));
  return actor;
}

static MitActor *
load_one_actor (MitStore    *self,
                const char  *sql,
                sqlite3_stmt *stmt,
                GError     **error)
{
  int rc = sqlite3_step (stmt);
  MitActor *actor = NULL;

  if (rc == SQLITE_ROW)
    actor = actor_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                         _("The actor no longer exists."));
  else
    _mit_store_set_error (self, error, rc, _("Could not read the actor"));
  sqlite3_reset (stmt);
  return actor;
}

/**
 * mit_store_load_actor:
 *
 * Returns: (transfer full): the actor, or %NULL with @error set
 */
MitActor *
mit_store_load_actor (MitStore  *self,
                      gint64     id,
                      GError   **error)
{
  static const char sql[] = "SELECT " ACTOR_COLUMNS " FROM actor a WHERE a.id = ?";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return load_one_actor (self, sql, stmt, error);
}

/**
 * mit_store_load_actor_by_uid:
 *
 * Returns: (transfer full): the actor, or %NULL with @error set
 */
MitActor *
mit_store_load_actor_by_uid (MitStore    *self,
                             const char  *uid,
                             GError     **error)
{
  static const char sql[] = "SELECT " ACTOR_COLUMNS " FROM actor a WHERE a.uid = ?";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  bind_text (stmt, 1, uid);
  return load_one_actor (self, sql, stmt, error);
}

char *
_mit_store_ids_to_json (const gint64 *ids,
                        guint         n_ids)
{
  GString *json = g_string_sized_new (n_ids * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, i ? ",%" G_GINT64_FORMAT : "%" G_GINT64_FORMAT, ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/**
 * mit_store_load_actors:
 *
 * Returns: (transfer full) (element-type MitActor): the actors, in the
 *   order of @ids, or %NULL with @error set
 */
GPtrArray *
mit_store_load_actors (MitStore      *self,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  static const char sql[] =
    "SELECT " ACTOR_COLUMNS " FROM json_each (?) j JOIN actor a ON a.id = j.value ORDER BY j.key";

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return _mit_store_list_by_ids (self, sql, ids, n_ids, (MitStoreRowFunc) actor_from_row,
                                 _("Could not read the directory"), error);
}

static char *
join_tags (const char * const *tags)
{
  return g_strjoinv (", ", (char **)tags);
}

/* Binds latitude and longitude to @index and @index + 1 (NULL for none). */
static void
bind_coordinates (sqlite3_stmt *stmt,
                  int           index,
                  MitActor     *actor)
{
  double latitude, longitude;

  if (mit_actor_get_coordinates (actor, &latitude, &longitude))
    {
      sqlite3_bind_double (stmt, index, latitude);
      sqlite3_bind_double (stmt, index + 1, longitude);
    }
  else
    {
      sqlite3_bind_null (stmt, index);
      sqlite3_bind_null (stmt, index + 1);
    }
}

/**
 * mit_store_save_actor:
 *
 * Inserts @actor when it has no id yet, giving it id, uid (unless one is
 * set already, as for imported records) and stamps; otherwise updates it.
 */
gboolean
mit_store_save_actor (MitStore  *self,
                      MitActor  *actor,
                      GError   **error)
{
  gboolean joined;
  static const char insert_sql[] =
    "INSERT OR FAIL INTO actor (name, sort_key, match_key, kind, sector, district, street, postcode, "
    "town, phone, email, website, opening_hours, description, last_verified, fields, "
    "languages, tags, uid, created, modified, barrier_free, latitude, longitude) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?23, ?24, ?25)";
  static const char update_sql[] =
    "UPDATE OR FAIL actor SET name = ?1, sort_key = ?2, match_key = ?3, kind = ?4, sector = ?5, "
    "district = ?6, street = ?7, postcode = ?8, town = ?9, phone = ?10, email = ?11, "
    "website = ?12, opening_hours = ?13, description = ?14, last_verified = ?15, "
    "fields = ?16, languages = ?17, tags = ?18, modified = ?21, barrier_free = ?23, "
    "latitude = ?24, longitude = ?25 WHERE id = ?22 "
    /* Saving what is stored already changes nothing, and records nothing. */
    "AND (name, kind, sector, district, street, postcode, town, phone, email, website, "
    "     opening_hours, description, last_verified, fields, languages, tags, barrier_free, "
    "     latitude, longitude) IS NOT "
    "    (?1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?23, ?24, ?25)";
  g_autofree char *name = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *match_key = NULL;
  g_autofree char *fields = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  const char *created;
  gboolean inserting;
  sqlite3_stmt *stmt;
  gssize sort_key_len;
  gint64 new_id = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_ACTOR (actor), FALSE);

  name = g_strstrip (g_strdup (mit_actor_get_name (actor)));
  if (*name == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("An actor needs a name."));
      return FALSE;
    }

  inserting = mit_actor_get_id (actor) == 0;
  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    return FALSE;

  now = now_utc ();
  uid = _mit_store_dup_uid (mit_actor_get_uid (actor));
  created = mit_actor_get_created (actor);
  if (created == NULL || *created == '\0')
    created = now;

  name_keys (name, &sort_key, &sort_key_len, &match_key);
  fields = strv_to_json (mit_actor_get_fields (actor));
  languages = strv_to_json (mit_actor_get_languages (actor));
  tags = join_tags (mit_actor_get_tags (actor));

  bind_text (stmt, 1, name);
  sqlite3_bind_blob (stmt, 2, sort_key, sort_key_len, SQLITE_STATIC);
  bind_text (stmt, 3, match_key);
  bind_text (stmt, 4, mit_actor_get_kind (actor));
  sqlite3_bind_int (stmt, 5, mit_actor_get_sector (actor));
  for (int i = MIT_ACTOR_DISTRICT; i <= MIT_ACTOR_LAST_VERIFIED; i++)
    bind_text (stmt, 6 + (i - MIT_ACTOR_DISTRICT), mit_actor_get_text (actor, i));
  bind_text (stmt, 16, fields);
  bind_text (stmt, 17, languages);
  bind_text (stmt, 18, tags);
  if (inserting)
    {
      bind_text (stmt, 19, uid);
      bind_text (stmt, 20, created);
    }
  bind_text (stmt, 21, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 22, mit_actor_get_id (actor));
  sqlite3_bind_int (stmt, 23, mit_actor_get_barrier_free (actor));
  bind_coordinates (stmt, 24, actor);

  if (!write_begin (self, &joined, error))
    return FALSE;
  switch (_mit_store_run_save (self, stmt, joined, "actor", mit_actor_get_id (actor),
                               MIT_RECORD_ACTOR, _("Could not save the actor"),
                               _("The actor no longer exists."), &new_id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }

  /* Before the commit's "changed", so that listeners see the new stamp. */
  _mit_actor_set_identity (actor, new_id, inserting ? uid : mit_actor_get_uid (actor), created, now);
  if (g_strcmp0 (mit_actor_get_name (actor), name) != 0)
    mit_actor_set_name (actor, name);

  if (!write_commit (self, joined, error))
    {
      if (inserting)
        _mit_actor_set_identity (actor, 0, uid, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

MitSaveResult
_mit_store_run_save (MitStore       *self,
                     sqlite3_stmt   *stmt,
                     gboolean        joined,
                     const char     *table,
                     gint64          id,
                     MitRecordKind   kinds,
                     const char     *what,
                     const char     *gone,
                     gint64         *new_id,
                     GError        **error)
{
  g_autofree char *exists_sql = NULL;
  sqlite3_stmt *exists_stmt = NULL;
  gboolean exists = FALSE;

  if (!step_done (self, stmt, what, error))
    {
      write_rollback (self, joined);
      return MIT_SAVE_FAILED;
    }

  if (id > 0 && sqlite3_changes (self->db) == 0)
    {
      /* The UPDATE leaves a row that holds these values already alone:
       * tell that apart from a row that is gone. */
      exists_sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?", table);
      if (sqlite3_prepare_v2 (self->db, exists_sql, -1, &exists_stmt, NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (exists_stmt, 1, id);
          exists = sqlite3_step (exists_stmt) == SQLITE_ROW;
        }
      sqlite3_finalize (exists_stmt);
      write_rollback (self, joined);
      if (exists)
        return MIT_SAVE_UNCHANGED;
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND, gone);
      return MIT_SAVE_FAILED;
    }

  _mit_store_mark_changed (self, kinds);
  /* Before the commit, which inserts history rows. */
  *new_id = id > 0 ? id : sqlite3_last_insert_rowid (self->db);
  return MIT_SAVE_WRITTEN;
}

static gint64
delete_row (MitStore      *self,
            const char    *sql,
            gint64         id,
            MitRecordKind  kinds,
            const char    *what,
            const char    *gone,
            GError       **error)
{
  gboolean joined;
  sqlite3_stmt *stmt;
  gint64 change;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);

  if (!write_begin (self, &joined, error))
    return 0;
  change = self->change;
  if (!step_done (self, stmt, what, error))
    {
      write_rollback (self, joined);
      return 0;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      write_rollback (self, joined);
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND, gone);
      return 0;
    }
  _mit_store_mark_changed (self, kinds);
  if (!write_commit (self, joined, error))
    return 0;
  return change;
}

gint64
mit_store_delete_actor (MitStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return delete_row (self, "DELETE FROM actor WHERE id = ?", id,
                     MIT_RECORD_ACTOR | MIT_RECORD_AFFILIATION | MIT_RECORD_CHANNEL,
                     _("Could not delete the actor"), _("The actor no longer exists."), error);
}

static guint
count_rows (MitStore   *self,
            const char *sql)
{
  sqlite3_stmt *stmt = _mit_store_prepare (self, sql, NULL);
  guint count = 0;

  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  return count;
}

guint
mit_store_count_actors (MitStore *self)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);
  return count_rows (self, "SELECT count(*) FROM actor");
}

/* "Hauptstraße 5", "Hauptstr. 5" and "hauptstrasse 5" are one street. */
static char *
normalize_street (const char *street)
{
  g_autofree char *folded = fold_text (street ? street : "", TRUE);
  GString *s = g_string_new (folded);

  g_string_replace (s, "strasse", "str", 0);
  g_string_replace (s, "ß", "ss", 0);
  g_string_replace (s, "strase", "str", 0);
  return g_string_free (s, FALSE);
}

/**
 * mit_store_find_likely_duplicates:
 *
 * Returns: (transfer full) (element-type gint64): ids of actors with the
 *   same name and a compatible address
 */
GArray *
mit_store_find_likely_duplicates (MitStore    *self,
                                  const char  *name,
                                  const char  *street,
                                  const char  *postcode,
                                  GError     **error)
{
  static const char sql[] = "SELECT id, street, postcode FROM actor WHERE match_key = ?";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match_key = NULL;
  g_autofree char *my_street = NULL;
  g_autofree char *my_postcode = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  match_key = _mit_store_match_key (name);
  if (*match_key == '\0')
    return g_steal_pointer (&ids);
  my_street = normalize_street (street);
  my_postcode = g_strstrip (g_strdup (postcode ? postcode : ""));

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  bind_text (stmt, 1, match_key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *their_street = normalize_street (column_text (stmt, 1));
      g_autofree char *their_postcode = g_strstrip (g_strdup (column_text (stmt, 2)));
      gboolean same_street = g_str_equal (my_street, their_street);
      gboolean street_unknown = *my_street == '\0' || *their_street == '\0';
      gboolean postcode_fits = *my_postcode == '\0' || *their_postcode == '\0'
                               || g_str_equal (my_postcode, their_postcode);

      if ((same_street && postcode_fits) || (street_unknown && postcode_fits))
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not look for duplicates"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* ---- finding ---------------------------------------------------------- */

void
mit_actor_filter_init (MitActorFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->sector = -1;
}

void
mit_actor_filter_clear (MitActorFilter *filter)
{
  g_clear_pointer (&filter->text, g_free);
  g_clear_pointer (&filter->field, g_free);
  g_clear_pointer (&filter->kind, g_free);
  g_clear_pointer (&filter->language, g_free);
  g_clear_pointer (&filter->district, g_free);
  filter->sector = -1;
}

static gboolean
is_set (const char *s)
{
  return s != NULL && *s != '\0';
}

gboolean
mit_actor_filter_is_empty (const MitActorFilter *filter)
{
  return filter == NULL
      || (!is_set (filter->text) && !is_set (filter->field) && !is_set (filter->kind)
          && !is_set (filter->language) && !is_set (filter->district) && filter->sector < 0);
}

/**
 * mit_store_build_match_query:
 *
 * Returns: (transfer full) (nullable): an FTS5 query where each word the
 *   user typed is a required prefix: `"mutter"* "cafe"*`
 */
char *
mit_store_build_match_query (const char *text)
{
  GString *query;
  GString *word;

  if (text == NULL)
    return NULL;

  query = g_string_new (NULL);
  word = g_string_new (NULL);
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          g_autofree char *folded = _mit_store_fold_search (word->str);

          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_printf (query, "\"%s\"*", folded);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }
  return g_string_free (query, FALSE);
}

static GArray *
collect_ids (MitStore     *self,
             sqlite3_stmt *stmt,
             GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not search the directory"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
ensure_name_order (MitStore  *self,
                   GError   **error)
{
  sqlite3_stmt *stmt;
  gint64 max_id = 0;

  if (self->name_order != NULL)
    return TRUE;

  if (!(stmt = _mit_store_prepare (self, "SELECT id FROM actor ORDER BY sort_key", error)))
    return FALSE;
  self->name_order = collect_ids (self, stmt, error);
  sqlite3_reset (stmt);
  if (self->name_order == NULL)
    return FALSE;

  for (guint i = 0; i < self->name_order->len; i++)
    max_id = MAX (max_id, g_array_index (self->name_order, gint64, i));
  self->name_rank_len = max_id + 1;
  self->name_rank = g_new (guint32, self->name_rank_len);
  memset (self->name_rank, 0xff, self->name_rank_len * sizeof (guint32));
  for (guint i = 0; i < self->name_order->len; i++)
    self->name_rank[g_array_index (self->name_order, gint64, i)] = i;
  return TRUE;
}

/* Puts @hits in name order: mark each hit's place in the name order in a
 * bitmap, then read the bitmap from the start. Linear in the directory's
 * size in words (1 600 for 100 000 actors), not in reading actor rows. */
static GArray *
order_by_name (MitStore  *self,
               GArray    *hits,
               GError   **error)
{
  g_autofree guint64 *bits = NULL;
  GArray *ordered;
  gsize n_words;

  if (!ensure_name_order (self, error))
    return NULL;

  n_words = (self->name_order->len + 63) / 64;
  bits = g_new0 (guint64, MAX (n_words, 1));
  for (guint i = 0; i < hits->len; i++)
    {
      gint64 id = g_array_index (hits, gint64, i);
      guint32 rank;

      if (id < 0 || id >= self->name_rank_len || (rank = self->name_rank[id]) == G_MAXUINT32)
        continue;
      bits[rank >> 6] |= G_GUINT64_CONSTANT (1) << (rank & 63);
    }

  ordered = g_array_sized_new (FALSE, FALSE, sizeof (gint64), hits->len);
  for (gsize w = 0; w < n_words; w++)
    {
      guint64 word = bits[w];

      while (word)
        {
          guint bit = __builtin_ctzll (word);

          word &= word - 1;
          g_array_append_val (ordered, g_array_index (self->name_order, gint64, w * 64 + bit));
        }
    }
  return ordered;
}

/**
 * mit_store_find_actor_ids:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   actors in the order of their names
 */
GArray *
mit_store_find_actor_ids (MitStore              *self,
                          const MitActorFilter  *filter,
                          GError               **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *match = NULL;
  g_autoptr(GArray) hits = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean other_filters;
  int n = 0;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (filter && is_set (filter->text))
    {
      match = mit_store_build_match_query (filter->text);
      if (match == NULL)
        return g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  other_filters = filter && (is_set (filter->kind) || filter->sector >= 0 || is_set (filter->district)
                             || is_set (filter->field) || is_set (filter->language));

  /* The whole directory: the cached name order. */
  if (match == NULL && !other_filters)
    {
      GArray *all;

      if (!ensure_name_order (self, error))
        return NULL;
      all = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->name_order->len);
      g_array_append_vals (all, self->name_order->data, self->name_order->len);
      return all;
    }

  /* A search: the hits from the index, put in order in C (ORDER BY would
   * read every hit's row for its sort key). */
  if (match && !other_filters)
    g_string_append (sql, "SELECT rowid FROM actor_fts WHERE actor_fts MATCH ?");
  else if (match)
    g_string_append (sql, "SELECT a.id FROM actor_fts JOIN actor a ON a.id = actor_fts.rowid "
                          "WHERE actor_fts MATCH ?");
  else
    g_string_append (sql, "SELECT a.id FROM actor a WHERE 1");
  if (filter && is_set (filter->kind))
    g_string_append (sql, " AND a.kind = ?");
  if (filter && filter->sector >= 0)
    g_string_append (sql, " AND a.sector = ?");
  if (filter && is_set (filter->district))
    g_string_append (sql, " AND a.district = ?");
  if (filter && is_set (filter->field))
    g_string_append (sql, " AND a.id IN (SELECT actor_id FROM actor_field WHERE field = ?)");
  if (filter && is_set (filter->language))
    g_string_append (sql, " AND a.id IN (SELECT actor_id FROM actor_language WHERE language = ?)");
  if (match == NULL)
    g_string_append (sql, " ORDER BY a.sort_key");

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _mit_store_set_error (self, error, rc, _("Could not search the directory"));
      return NULL;
    }
  if (match)
    sqlite3_bind_text (stmt, ++n, match, -1, SQLITE_STATIC);
  if (filter && is_set (filter->kind))
    sqlite3_bind_text (stmt, ++n, filter->kind, -1, SQLITE_STATIC);
  if (filter && filter->sector >= 0)
    sqlite3_bind_int (stmt, ++n, filter->sector);
  if (filter && is_set (filter->district))
    sqlite3_bind_text (stmt, ++n, filter->district, -1, SQLITE_STATIC);
  if (filter && is_set (filter->field))
    sqlite3_bind_text (stmt, ++n, filter->field, -1, SQLITE_STATIC);
  if (filter && is_set (filter->language))
    sqlite3_bind_text (stmt, ++n, filter->language, -1, SQLITE_STATIC);

  hits = collect_ids (self, stmt, error);
  sqlite3_finalize (stmt);
  if (hits == NULL)
    return NULL;
  if (match == NULL)
    return g_steal_pointer (&hits);
  return order_by_name (self, hits, error);
}

static int
compare_utf8 (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (*(const char * const *)a, *(const char * const *)b);
}

/**
 * mit_store_list_districts:
 *
 * Returns: (transfer full): the districts in use, sorted
 */
char **
mit_store_list_districts (MitStore *self)
{
  sqlite3_stmt *stmt;
  GPtrArray *list = g_ptr_array_new ();

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  stmt = _mit_store_prepare (self, "SELECT DISTINCT district FROM actor WHERE district <> ''", NULL);
  while (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, g_strdup (column_text (stmt, 0)));
  if (stmt)
    sqlite3_reset (stmt);
  g_ptr_array_sort (list, compare_utf8);
  g_ptr_array_add (list, NULL);
  return (char **)g_ptr_array_free (list, FALSE);
}

/* ---- persons ---------------------------------------------------------- */

#define PERSON_COLUMNS \
  "p.id, p.uid, p.name, p.salutation, p.phone, p.email, " \
  "(SELECT group_concat (value, char (31)) FROM json_each (p.languages)), " \
  "p.volunteer, p.consent, p.consent_date, p.created, p.modified"

static MitPerson *
person_from_row (sqlite3_stmt *stmt)
{
  MitPerson *person = mit_person_new ();
  g_auto(GStrv) languages = split_list ((const char *)sqlite3_column_text (stmt, 6));

  mit_person_set_text (person, MIT_PERSON_NAME, column_text (stmt, 2));
  mit_person_set_text (person, MIT_PERSON_SALUTATION, column_text (stmt, 3));
  mit_person_set_text (person, MIT_PERSON_PHONE, column_text (stmt, 4));
  mit_person_set_text (person, MIT_PERSON_EMAIL, column_text (stmt, 5));
  mit_person_set_languages (person, (const char * const *)languages);
  mit_person_set_volunteer (person, sqlite3_column_int (stmt, 7) != 0);
  mit_person_set_consent (person, CLAMP (sqlite3_column_int (stmt, 8), 0, MIT_CONSENT_LAST));
  mit_person_set_text (person, MIT_PERSON_CONSENT_DATE, column_text (stmt, 9));
  _mit_person_set_identity (person,
                            sqlite3_column_int64 (stmt, 0),
                            column_text (stmt, 1),
                            column_text (stmt, 10),
                            column_text (stmt, 11));
  return person;
}

/**
 * mit_store_load_person:
 *
 * Returns: (transfer full): the person, or %NULL with @error set
 */
MitPerson *
mit_store_load_person (MitStore  *self,
                       gint64     id,
                       GError   **error)
{
  g_autoptr(GPtrArray) persons = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  persons = mit_store_load_persons (self, &id, 1, error);
  if (persons == NULL)
    return NULL;
  if (persons->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("The contact person no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (persons, 0));
}

/**
 * mit_store_load_persons:
 *
 * Returns: (transfer full) (element-type MitPerson): the persons in the
 *   order of @ids, or %NULL with @error set
 */
GPtrArray *
mit_store_load_persons (MitStore      *self,
                        const gint64  *ids,
                        guint          n_ids,
                        GError       **error)
{
  static const char sql[] =
    "SELECT " PERSON_COLUMNS " FROM json_each (?) j JOIN person p ON p.id = j.value ORDER BY j.key";

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  return _mit_store_list_by_ids (self, sql, ids, n_ids, (MitStoreRowFunc) person_from_row,
                                 _("Could not read the contact persons"), error);
}

gboolean
mit_store_save_person (MitStore   *self,
                       MitPerson  *person,
                       GError    **error)
{
  gboolean joined;
  static const char insert_sql[] =
    "INSERT OR FAIL INTO person (name, sort_key, salutation, phone, email, languages, volunteer, "
    "consent, consent_date, uid, created, modified) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
  static const char update_sql[] =
    "UPDATE OR FAIL person SET name = ?1, sort_key = ?2, salutation = ?3, phone = ?4, email = ?5, "
    "languages = ?6, volunteer = ?7, consent = ?8, consent_date = ?9, modified = ?12 "
    "WHERE id = ?13 AND (name, salutation, phone, email, languages, volunteer, consent, "
    "                    consent_date) IS NOT (?1, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  g_autofree char *name = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *now = NULL;
  const char *created;
  gboolean inserting;
  sqlite3_stmt *stmt;
  gssize sort_key_len;
  gint64 new_id = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (MIT_IS_PERSON (person), FALSE);

  name = g_strstrip (g_strdup (mit_person_get_name (person)));
  if (*name == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A contact person needs a name."));
      return FALSE;
    }

  inserting = mit_person_get_id (person) == 0;
  if (!(stmt = _mit_store_prepare (self, inserting ? insert_sql : update_sql, error)))
    return FALSE;

  now = now_utc ();
  uid = _mit_store_dup_uid (mit_person_get_uid (person));
  created = mit_person_get_created (person);
  if (created == NULL || *created == '\0')
    created = now;
  sort_key = _mit_store_sort_key (name, &sort_key_len);
  languages = strv_to_json (mit_person_get_languages (person));

  bind_text (stmt, 1, name);
  sqlite3_bind_blob (stmt, 2, sort_key, sort_key_len, SQLITE_STATIC);
  bind_text (stmt, 3, mit_person_get_text (person, MIT_PERSON_SALUTATION));
  bind_text (stmt, 4, mit_person_get_text (person, MIT_PERSON_PHONE));
  bind_text (stmt, 5, mit_person_get_text (person, MIT_PERSON_EMAIL));
  bind_text (stmt, 6, languages);
  sqlite3_bind_int (stmt, 7, mit_person_get_volunteer (person));
  sqlite3_bind_int (stmt, 8, mit_person_get_consent (person));
  bind_text (stmt, 9, mit_person_get_text (person, MIT_PERSON_CONSENT_DATE));
  if (inserting)
    {
      bind_text (stmt, 10, uid);
      bind_text (stmt, 11, created);
    }
  bind_text (stmt, 12, now);
  if (!inserting)
    sqlite3_bind_int64 (stmt, 13, mit_person_get_id (person));

  if (!write_begin (self, &joined, error))
    return FALSE;
  /* A new name shows in the search entries of the person's actors. */
  switch (_mit_store_run_save (self, stmt, joined, "person", mit_person_get_id (person),
                               MIT_RECORD_PERSON | (inserting ? 0 : MIT_RECORD_AFFILIATION),
                               _("Could not save the contact person"),
                               _("The contact person no longer exists."), &new_id, error))
    {
    case MIT_SAVE_FAILED:
      return FALSE;
    case MIT_SAVE_UNCHANGED:
      return TRUE;
    case MIT_SAVE_WRITTEN:
    default:
      break;
    }

  /* Before the commit's "changed", so that listeners see the new stamp. */
  _mit_person_set_identity (person, new_id, inserting ? uid : mit_person_get_uid (person), created, now);
  if (g_strcmp0 (mit_person_get_name (person), name) != 0)
    mit_person_set_name (person, name);

  if (!write_commit (self, joined, error))
    {
      if (inserting)
        _mit_person_set_identity (person, 0, uid, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

gint64
mit_store_delete_person (MitStore  *self,
                         gint64     id,
                         GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  return delete_row (self, "DELETE FROM person WHERE id = ?", id,
                     MIT_RECORD_PERSON | MIT_RECORD_AFFILIATION | MIT_RECORD_CHANNEL,
                     _("Could not delete the contact person"),
                     _("The contact person no longer exists."), error);
}

static gboolean
erase_traces (MitStore    *self,
              const char  *uid,
              GError     **error)
{
  static const char sql[] =
    "DELETE FROM history WHERE (tbl = 'person' AND uid = ?1) "
    "OR (tbl = 'affiliation' AND json_extract (coalesce (old, new), '$.person_id') IN "
    "    (SELECT row_id FROM history WHERE tbl = 'person' AND uid = ?1))";
  sqlite3_stmt *stmt;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  bind_text (stmt, 1, uid);
  if (!run_change (self, stmt, MIT_RECORD_PERSON, _("Could not erase the contact person"), error))
    return FALSE;

  /* Deleted rows are zeroed (secure_delete); merging the search indexes
   * drops the old index segments that still held the name, and the
   * checkpoint empties the write-ahead log of the old pages. */
  if (self->depth == 0)
    {
      sqlite3_exec (self->db,
                    "INSERT INTO person_fts (person_fts) VALUES ('optimize');"
                    "INSERT INTO actor_fts (actor_fts) VALUES ('optimize');",
                    NULL, NULL, NULL);
      sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
    }
  return TRUE;
}

gboolean
mit_store_erase_person_traces (MitStore    *self,
                               const char  *uid,
                               GError     **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (uid != NULL, FALSE);

  return erase_traces (self, uid, error);
}

gboolean
mit_store_erase_person (MitStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(MitPerson) person = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (!(person = mit_store_load_person (self, id, error)))
    return FALSE;
  if (mit_store_delete_person (self, id, error) == 0)
    return FALSE;
  return mit_store_erase_person_traces (self, mit_person_get_uid (person), error);
}

guint
mit_store_count_persons (MitStore *self)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);
  return count_rows (self, "SELECT count(*) FROM person");
}

/**
 * mit_store_find_person_ids:
 *
 * Returns: (transfer full) (element-type gint64): ids sorted by name
 */
GArray *
mit_store_find_person_ids (MitStore    *self,
                           const char  *text,
                           GError     **error)
{
  g_autofree char *match = mit_store_build_match_query (text);
  sqlite3_stmt *stmt;
  GArray *ids;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  if (match == NULL && is_set (text))
    return g_array_new (FALSE, FALSE, sizeof (gint64));

  if (match)
    {
      stmt = _mit_store_prepare (self,
                                 "SELECT p.id FROM person_fts JOIN person p ON p.id = person_fts.rowid "
                                 "WHERE person_fts MATCH ? ORDER BY p.sort_key", error);
      if (stmt)
        sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
    }
  else
    stmt = _mit_store_prepare (self, "SELECT id FROM person ORDER BY sort_key", error);
  if (stmt == NULL)
    return NULL;

  ids = collect_ids (self, stmt, error);
  sqlite3_reset (stmt);
  return ids;
}

/* ---- affiliations ------------------------------------------------------ */

static GPtrArray *
list_affiliations (MitStore    *self,
                   const char  *sql,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, mit_affiliation_new (sqlite3_column_int64 (stmt, 0),
                                                sqlite3_column_int64 (stmt, 1),
                                                sqlite3_column_int64 (stmt, 2),
                                                column_text (stmt, 3),
                                                column_text (stmt, 4),
                                                column_text (stmt, 5)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the contact persons"));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * mit_store_list_affiliations_of_actor:
 *
 * Returns: (transfer full) (element-type MitAffiliation): sorted by person
 */
GPtrArray *
mit_store_list_affiliations_of_actor (MitStore  *self,
                                      gint64     actor_id,
                                      GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  return list_affiliations (self,
                            "SELECT f.id, f.person_id, f.actor_id, f.role, p.name, a.name "
                            "FROM affiliation f JOIN person p ON p.id = f.person_id "
                            "JOIN actor a ON a.id = f.actor_id "
                            "WHERE f.actor_id = ? ORDER BY p.sort_key",
                            actor_id, error);
}

/**
 * mit_store_list_affiliations_of_person:
 *
 * Returns: (transfer full) (element-type MitAffiliation): sorted by actor
 */
GPtrArray *
mit_store_list_affiliations_of_person (MitStore  *self,
                                       gint64     person_id,
                                       GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  return list_affiliations (self,
                            "SELECT f.id, f.person_id, f.actor_id, f.role, p.name, a.name "
                            "FROM affiliation f JOIN person p ON p.id = f.person_id "
                            "JOIN actor a ON a.id = f.actor_id "
                            "WHERE f.person_id = ? ORDER BY a.sort_key",
                            person_id, error);
}

gint64
mit_store_link_person (MitStore    *self,
                       gint64       person_id,
                       gint64       actor_id,
                       const char  *role,
                       GError     **error)
{
  gboolean joined;
  static const char sql[] =
    "INSERT INTO affiliation (person_id, actor_id, role) VALUES (?, ?, ?) "
    "ON CONFLICT (person_id, actor_id) DO UPDATE SET role = excluded.role "
    "WHERE role IS NOT excluded.role";
  static const char id_sql[] =
    "SELECT id FROM affiliation WHERE person_id = ? AND actor_id = ?";
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (MIT_IS_STORE (self), 0);

  if (!write_begin (self, &joined, error))
    return 0;
  if (!(stmt = _mit_store_prepare (self, sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, actor_id);
  bind_text (stmt, 3, role ? role : "");
  if (!step_done (self, stmt, _("Could not link the contact person"), error))
    goto failed;
  if (!(stmt = _mit_store_prepare (self, id_sql, error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, actor_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_FAILED,
                           _("Could not link the contact person."));
      goto failed;
    }
  _mit_store_mark_changed (self, MIT_RECORD_AFFILIATION);
  if (!write_commit (self, joined, error))
    return 0;
  return id;

failed:
  write_rollback (self, joined);
  return 0;
}

gboolean
mit_store_unlink_person (MitStore  *self,
                         gint64     affiliation_id,
                         GError   **error)
{
  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM affiliation WHERE id = ?", affiliation_id,
                     MIT_RECORD_AFFILIATION, _("Could not unlink the contact person"),
                     _("The link no longer exists."), error) != 0;
}

/* ---- undo ---------------------------------------------------------------- */

static gboolean
is_identifier (const char *s)
{
  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_islower (*s) && *s != '_' && !g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

static MitRecordKind
table_kind (const char *table)
{
  if (g_str_equal (table, "actor"))
    return MIT_RECORD_ACTOR;
  if (g_str_equal (table, "person"))
    return MIT_RECORD_PERSON;
  if (g_str_equal (table, "affiliation"))
    return MIT_RECORD_AFFILIATION;
  if (g_str_equal (table, "target_group"))
    return MIT_RECORD_TARGET_GROUP;
  if (g_str_equal (table, "assessment"))
    return MIT_RECORD_ASSESSMENT;
  if (g_str_equal (table, "channel"))
    return MIT_RECORD_CHANNEL;
  if (g_str_equal (table, "event"))
    return MIT_RECORD_EVENT;
  if (g_str_equal (table, "event_task"))
    return MIT_RECORD_EVENT_TASK;
  if (g_str_equal (table, "registration"))
    return MIT_RECORD_REGISTRATION;
  if (g_str_equal (table, "steering_member"))
    return MIT_RECORD_STEERING_MEMBER;
  if (g_str_equal (table, "meeting"))
    return MIT_RECORD_MEETING;
  if (g_str_equal (table, "agenda_item") || g_str_equal (table, "agenda_action"))
    return MIT_RECORD_AGENDA_ITEM;
  if (g_str_equal (table, "decision"))
    return MIT_RECORD_DECISION;
  if (g_str_equal (table, "action_item"))
    return MIT_RECORD_ACTION_ITEM;
  return 0;
}

/* Writes the row of @table described by the JSON object @row back: an
 * INSERT (@insert) or an UPDATE of the row with the same id. */
static gboolean
restore_row (MitStore    *self,
             const char  *table,
             const char  *row,
             gboolean     insert,
             GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  sqlite3_stmt *keys = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean has_name = FALSE;
  gboolean ok;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "SELECT key FROM json_each (?)", -1, &keys, NULL);
  if (rc != SQLITE_OK)
    {
      _mit_store_set_error (self, error, rc, _("Could not undo the change"));
      return FALSE;
    }
  sqlite3_bind_text (keys, 1, row, -1, SQLITE_STATIC);

  g_string_append_printf (sql, insert ? "INSERT INTO %s (" : "UPDATE %s SET ", table);
  while (sqlite3_step (keys) == SQLITE_ROW)
    {
      const char *key = column_text (keys, 0);

      if (!is_identifier (key))
        continue;
      if (g_str_equal (key, "name"))
        has_name = TRUE;
      if (insert)
        {
          g_string_append_printf (sql, "%s%s", values->len ? ", " : "", key);
          g_string_append_printf (values, "%sjson_extract (?1, '$.%s')", values->len ? ", " : "", key);
        }
      else if (!g_str_equal (key, "id"))
        g_string_append_printf (sql, "%s = json_extract (?1, '$.%s'), ", key, key);
    }
  sqlite3_finalize (keys);

  if (insert)
    {
      if (has_name && !g_str_equal (table, "affiliation"))
        {
          g_string_append (sql, ", sort_key");
          g_string_append (values, ", mit_sort_key (json_extract (?1, '$.name'))");
        }
      g_string_append_printf (sql, ") VALUES (%s)", values->str);
    }
  else
    {
      if (has_name && !g_str_equal (table, "affiliation"))
        g_string_append (sql, "sort_key = mit_sort_key (json_extract (?1, '$.name')), ");
      g_string_truncate (sql, sql->len - 2);
      g_string_append (sql, " WHERE id = json_extract (?1, '$.id')");
    }

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _mit_store_set_error (self, error, rc, _("Could not undo the change"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, row, -1, SQLITE_STATIC);
  ok = step_done (self, stmt, _("Could not undo the change"), error);
  sqlite3_finalize (stmt);
  return ok;
}

/* tbl, row_id, op, old, new: old or new may be NULL, so not a GStrv */
static void
free_history_row (gpointer data)
{
  char **row = data;

  for (int i = 0; i < 5; i++)
    g_free (row[i]);
  g_free (row);
}

gboolean
mit_store_undo (MitStore  *self,
                gint64     change,
                GError   **error)
{
  static const char sql[] =
    "SELECT tbl, row_id, op, old, new FROM history WHERE change = ? ORDER BY id DESC";
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_history_row);
  sqlite3_stmt *stmt;
  MitRecordKind kinds = 0;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, change);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **row = g_new0 (char *, 5);

      for (int i = 0; i < 5; i++)
        row[i] = g_strdup ((const char *)sqlite3_column_text (stmt, i));
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not undo the change"));
      return FALSE;
    }
  if (rows->len == 0)
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND,
                           _("This change can no longer be undone."));
      return FALSE;
    }

  if (!mit_store_begin (self, error))
    return FALSE;
  /* Rows come back child-first or parent-first depending on the cascade;
   * check the links when the whole change is back. */
  sqlite3_exec (self->db, "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const char *table = row[0];
      const char *op = row[2];
      gboolean ok;

      if (table_kind (table) == 0)
        continue;
      kinds |= table_kind (table);

      if (g_str_equal (op, "insert"))
        {
          g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = %s",
                                                         table, row[1]);
          ok = exec_sql (self, delete_sql, _("Could not undo the change"), error);
        }
      else if (g_str_equal (op, "delete"))
        ok = row[3] && restore_row (self, table, row[3], TRUE, error);
      else
        ok = row[3] && restore_row (self, table, row[3], FALSE, error);

      if (!ok)
        {
          if (error && *error == NULL)
            g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_FAILED,
                                 _("Could not undo the change."));
          mit_store_rollback (self);
          return FALSE;
        }
    }

  _mit_store_mark_changed (self, kinds);
  return mit_store_commit (self, error);
}

gint64
mit_store_get_last_change (MitStore *self)
{
  g_return_val_if_fail (MIT_IS_STORE (self), 0);
  return count_rows (self, "SELECT coalesce (max (change), 0) FROM history");
}

/* ---- vocabularies ------------------------------------------------------- */

void
mit_vocab_term_free (MitVocabTerm *term)
{
  if (term == NULL)
    return;
  g_free (term->key);
  g_free (term->label);
  g_free (term);
}

/**
 * mit_store_list_vocabulary:
 *
 * Returns: (transfer full) (element-type MitVocabTerm): the terms in order
 */
GPtrArray *
mit_store_list_vocabulary (MitStore    *self,
                           const char  *vocabulary,
                           GError     **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify)mit_vocab_term_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  stmt = _mit_store_prepare (self,
                             "SELECT key, label, builtin FROM vocabulary WHERE vocabulary = ? "
                             "ORDER BY position, label", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, vocabulary);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MitVocabTerm *term = g_new0 (MitVocabTerm, 1);

      term->key = g_strdup (column_text (stmt, 0));
      term->builtin = sqlite3_column_int (stmt, 2) != 0;
      term->label = g_strdup (term->builtin ? _(column_text (stmt, 1)) : column_text (stmt, 1));
      g_ptr_array_add (terms, term);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, _("Could not read the vocabulary"));
      return NULL;
    }
  return g_steal_pointer (&terms);
}

static char *
slug_from_label (const char *label)
{
  g_autofree char *ascii = g_str_to_ascii (label, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "term");
  return g_string_free (slug, FALSE);
}

/**
 * mit_store_add_vocabulary_term:
 *
 * Returns: (transfer full): the key of the new or existing term
 */
char *
mit_store_add_vocabulary_term (MitStore    *self,
                               const char  *vocabulary,
                               const char  *label,
                               GError     **error)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *base = NULL;
  g_autofree char *key = NULL;
  g_autofree char *folded = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);
  g_return_val_if_fail (vocabulary != NULL, NULL);

  clean = g_strstrip (g_strdup (label ? label : ""));
  if (*clean == '\0')
    {
      g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_INVALID,
                           _("A term needs a name."));
      return NULL;
    }

  /* An existing term with this label, in English or translated, or key. */
  if (!(terms = mit_store_list_vocabulary (self, vocabulary, error)))
    return NULL;
  folded = g_utf8_casefold (clean, -1);
  for (guint i = 0; i < terms->len; i++)
    {
      MitVocabTerm *term = g_ptr_array_index (terms, i);
      g_autofree char *term_folded = g_utf8_casefold (term->label, -1);

      if (g_str_equal (term_folded, folded) || g_str_equal (term->key, clean))
        return g_strdup (term->key);
    }

  base = slug_from_label (clean);
  key = g_strdup (base);
  for (guint n = 2; ; n++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < terms->len && !taken; i++)
        taken = g_str_equal (((MitVocabTerm *)g_ptr_array_index (terms, i))->key, key);
      if (!taken)
        break;
      g_free (key);
      key = g_strdup_printf ("%s-%u", base, n);
    }

  stmt = _mit_store_prepare (self,
                             "INSERT INTO vocabulary (vocabulary, key, label, builtin, position) "
                             "SELECT ?1, ?2, ?3, 0, coalesce (max (position), 0) + 1 "
                             "FROM vocabulary WHERE vocabulary = ?1 AND position < 1000", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, vocabulary);
  bind_text (stmt, 2, key);
  bind_text (stmt, 3, clean);
  if (!run_change (self, stmt, MIT_RECORD_VOCABULARY, _("Could not add the term"), error))
    return NULL;
  g_hash_table_remove_all (self->labels);
  return g_steal_pointer (&key);
}

const char *
mit_store_get_vocabulary_label (MitStore   *self,
                                const char *vocabulary,
                                const char *key)
{
  g_autofree char *cache_key = NULL;
  const char *label;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), key);

  if (key == NULL)
    return "";
  cache_key = g_strconcat (vocabulary, "\x1f", key, NULL);
  label = g_hash_table_lookup (self->labels, cache_key);
  if (label)
    return label;

  stmt = _mit_store_prepare (self,
                             "SELECT label, builtin FROM vocabulary WHERE vocabulary = ? AND key = ?",
                             NULL);
  if (stmt == NULL)
    return key;
  bind_text (stmt, 1, vocabulary);
  bind_text (stmt, 2, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *stored = column_text (stmt, 0);

      label = sqlite3_column_int (stmt, 1) ? _(stored) : stored;
    }
  else
    label = key;
  label = g_strdup (label);
  sqlite3_reset (stmt);
  g_hash_table_insert (self->labels, g_steal_pointer (&cache_key), (char *)label);
  return label;
}

/* ---- settings ----------------------------------------------------------- */

char *
mit_store_get_setting (MitStore   *self,
                       const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (MIT_IS_STORE (self), NULL);

  stmt = _mit_store_prepare (self, "SELECT value FROM setting WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
mit_store_set_setting (MitStore    *self,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MIT_IS_STORE (self), FALSE);

  stmt = _mit_store_prepare (self,
                             "INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, key);
  bind_text (stmt, 2, value);
  return run_change (self, stmt, 0, _("Could not save the setting"), error);
}

/* ---- for the other record types' store code (mit-store-private.h) -------- */

char *
_mit_store_dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

char *
_mit_store_dup_uid (const char *uid)
{
  return uid != NULL && *uid != '\0' ? g_strdup (uid) : g_uuid_string_random ();
}

GPtrArray *
_mit_store_collect (MitStore         *self,
                    sqlite3_stmt     *stmt,
                    MitStoreRowFunc   from_row,
                    const char       *what_failed,
                    GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _mit_store_set_error (self, error, rc, what_failed);
      return NULL;
    }
  return g_steal_pointer (&list);
}

GPtrArray *
_mit_store_list_by_ids (MitStore         *self,
                        const char       *sql,
                        const gint64     *ids,
                        guint             n_ids,
                        MitStoreRowFunc   from_row,
                        const char       *what_failed,
                        GError          **error)
{
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt;
  GPtrArray *list;

  if (n_ids == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);
  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  json = _mit_store_ids_to_json (ids, n_ids);
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  list = _mit_store_collect (self, stmt, from_row, what_failed, error);
  sqlite3_clear_bindings (stmt);
  return list;
}

GPtrArray *
_mit_store_list_by_id (MitStore         *self,
                       const char       *sql,
                       gint64            id,
                       MitStoreRowFunc   from_row,
                       const char       *what_failed,
                       GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = _mit_store_prepare (self, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return _mit_store_collect (self, stmt, from_row, what_failed, error);
}

char *
_mit_store_now (void)
{
  return now_utc ();
}

char *
_mit_store_list_to_json (const char * const *list)
{
  return strv_to_json (list);
}

char **
_mit_store_split_list (const char *joined)
{
  return split_list (joined);
}

gboolean
_mit_store_write_begin (MitStore  *self,
                        gboolean  *joined,
                        GError   **error)
{
  return write_begin (self, joined, error);
}

gboolean
_mit_store_write_commit (MitStore  *self,
                         gboolean   joined,
                         GError   **error)
{
  return write_commit (self, joined, error);
}

void
_mit_store_write_rollback (MitStore *self,
                           gboolean  joined)
{
  write_rollback (self, joined);
}

gboolean
_mit_store_step (MitStore      *self,
                 sqlite3_stmt  *stmt,
                 const char    *what,
                 GError       **error)
{
  return step_done (self, stmt, what, error);
}

gint64
_mit_store_get_change (MitStore *self)
{
  return self->change;
}

void
_mit_store_bind_text (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  bind_text (stmt, index, text);
}

const char *
_mit_store_column_text (sqlite3_stmt *stmt,
                        int           index)
{
  return column_text (stmt, index);
}

gboolean
_mit_store_require_row (MitStore    *self,
                        const char  *sql,
                        gint64       id,
                        const char  *gone,
                        GError     **error)
{
  if (_mit_store_row_exists (self, sql, id))
    return TRUE;
  g_set_error_literal (error, MIT_STORE_ERROR, MIT_STORE_ERROR_NOT_FOUND, gone);
  return FALSE;
}

gboolean
_mit_store_row_exists (MitStore   *self,
                       const char *sql,
                       gint64      id)
{
  return row_exists (self, sql, id);
}

gint64
_mit_store_delete_row (MitStore      *self,
                       const char    *sql,
                       gint64         id,
                       MitRecordKind  kinds,
                       const char    *what,
                       const char    *gone,
                       GError       **error)
{
  return delete_row (self, sql, id, kinds, what, gone, error);
}

char *
_mit_store_fold_for_match (const char *text)
{
  g_autofree char *spelled = _mit_store_fold_search (text ? text : "");

  return fold_text (spelled, FALSE);
}
