/* mit-bench-search.c: search latency through the app's own search path,
 * and the same FTS5 query in the sqlite3 shell on the same file
 *
 *   mit-bench-search [--repeat R] [--sqlite3 PATH] [--verbose] DB
 *
 * Per query: one warm-up run, then R timed runs of
 * mit_store_find_actor_ids() with a text filter followed by
 * mit_store_load_actors() of the first 50 ids (what the list shows).
 * The shell runs the SELECT that the store runs, with the MATCH string of
 * mit_store_build_match_query(), the same number of times, output to
 * /dev/null, and reports ".timer on" lines (one shell process per query,
 * right after our runs of it). The shell's "real" is rounded to the
 * millisecond; its "user" + "sys" (CPU) is finer and is compared with our
 * process CPU time as well.
 *
 * The last lines are machine-readable "key value" pairs for run-bench.sh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "mit-store.h"
#include "mit-bench-common.h"

static const char *queries[] = {
  "sprach", "caritas", "mutter", "beratung nord", "ayse", "jugend", "moschee",
  "kita", "integration", "frauen", "öztürk", "yilmaz", "lechhausen", "köln",
  "verein", "hausaufgaben", "diakonie", "kowalski", "elterncafe", "jobcenter augsburg",
};

#define N_QUERIES G_N_ELEMENTS (queries)
#define PAGE 50

static char *
shell_sql (const char *text)
{
  g_autofree char *match = mit_store_build_match_query (text);
  g_auto(GStrv) parts = g_strsplit (match, "'", -1);
  g_autofree char *quoted = g_strjoinv ("''", parts);

  /* Exactly what mit_store_find_actor_ids() prepares for a text filter
   * alone; the store then puts the hits in name order in C, which the
   * shell's figure does not include. */
  return g_strdup_printf ("SELECT rowid FROM actor_fts WHERE actor_fts MATCH '%s';", quoted);
}

typedef struct
{
  double *wall;   /* ms, N_QUERIES * repeat */
  double *cpu;
  guint   n;
} Samples;

static void
samples_init (Samples *s,
              guint    n)
{
  s->wall = g_new0 (double, n);
  s->cpu = g_new0 (double, n);
  s->n = 0;
}

static void
samples_add (Samples *s,
             double   wall_ms,
             double   cpu_ms)
{
  s->wall[s->n] = wall_ms;
  s->cpu[s->n] = cpu_ms;
  s->n++;
}

/* Runs @sql in the sqlite3 shell 1 + @repeat times with ".timer on" and
 * adds the timed (non-warm-up) runs to @shell. One shell per query, right
 * after our own runs of it, so that both see the same machine load. */
static gboolean
run_shell (const char *sqlite3,
           const char *db,
           const char *sql,
           guint       repeat,
           Samples    *shell,
           double     *p50_wall,
           GError    **error)
{
  g_autoptr(GString) script = g_string_new (".timer on\n.output /dev/null\n");
  g_autofree char *script_path = NULL;
  g_autofree char *read_cmd = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint first = shell->n;
  int fd, status;
  guint k = 0;

  for (guint r = 0; r <= repeat; r++)
    g_string_append_printf (script, "%s\n", sql);

  fd = g_file_open_tmp ("mit-bench-search-XXXXXX.sql", &script_path, error);
  if (fd < 0)
    return FALSE;
  g_close (fd, NULL);
  if (!g_file_set_contents (script_path, script->str, script->len, error))
    return FALSE;

  read_cmd = g_strdup_printf (".read %s", script_path);
  {
    const char *argv[] = { sqlite3, "-batch", "-bail", db, read_cmd, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                       &out, &err, &status, error))
      {
        g_unlink (script_path);
        return FALSE;
      }
  }
  g_unlink (script_path);
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "%s: %s", sqlite3, err);
      return FALSE;
    }

  /* "Run Time: real 0.004 user 0.003906 sys 0.000000" */
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double real, user, sys;

      if (sscanf (lines[i], "Run Time: real %lf user %lf sys %lf", &real, &user, &sys) != 3)
        continue;
      if (k > 0 && shell->n < first + repeat)   /* not the warm-up */
        samples_add (shell, real * 1000, (user + sys) * 1000);
      k++;
    }
  if (k != repeat + 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "expected %u timer lines from %s, got %u:\n%s", repeat + 1, sqlite3, k, err);
      shell->n = first;
      return FALSE;
    }
  {
    g_autofree double *copy = g_memdup2 (shell->wall + first, repeat * sizeof (double));

    *p50_wall = bench_percentile (copy, repeat, 50);
  }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  gint repeat = 10;
  const char *sqlite3 = "sqlite3";
  gboolean verbose = FALSE;
  GOptionEntry entries[] = {
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Timed runs per query", "R" },
    { "sqlite3", 0, 0, G_OPTION_ARG_STRING, &sqlite3, "The sqlite3 shell", "PATH" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Per-query figures", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  Samples find = { 0, }, full = { 0, }, shell = { 0, };
  double find_p50_wall[N_QUERIES], shell_p50_wall[N_QUERIES];
  guint hits[N_QUERIES];
  gboolean have_shell = TRUE;
  double p50, p95, fp50, fp95, sp50, sp95, cp50, cp95, fcp50, fcp95, scp50, scp95;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || repeat < 1)
    {
      g_printerr ("usage: %s [--repeat R] [--sqlite3 PATH] DB\n", g_get_prgname ());
      return 2;
    }

  store = mit_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  samples_init (&find, N_QUERIES * repeat);
  samples_init (&full, N_QUERIES * repeat);
  samples_init (&shell, N_QUERIES * repeat);

  for (guint q = 0; q < N_QUERIES; q++)
    {
      MitActorFilter filter;

      mit_actor_filter_init (&filter);
      filter.text = g_strdup (queries[q]);

      for (gint r = 0; r <= repeat; r++)
        {
          g_autoptr(GArray) ids = NULL;
          g_autoptr(GPtrArray) page = NULL;
          double w0, c0, w1, c1, w2, c2;

          w0 = bench_wall_seconds ();
          c0 = bench_cpu_seconds ();
          ids = mit_store_find_actor_ids (store, &filter, &error);
          w1 = bench_wall_seconds ();
          c1 = bench_cpu_seconds ();
          if (ids == NULL)
            g_error ("“%s”: %s", queries[q], error->message);
          page = mit_store_load_actors (store, (const gint64 *) (gpointer) ids->data,
                                        MIN (ids->len, PAGE), &error);
          w2 = bench_wall_seconds ();
          c2 = bench_cpu_seconds ();
          if (page == NULL)
            g_error ("“%s”: %s", queries[q], error->message);

          hits[q] = ids->len;
          if (r == 0)
            continue;   /* warm-up */
          samples_add (&find, (w1 - w0) * 1000, (c1 - c0) * 1000);
          samples_add (&full, (w2 - w0) * 1000, (c2 - c0) * 1000);
        }
      {
        g_autofree double *copy = g_memdup2 (find.wall + q * repeat, repeat * sizeof (double));

        find_p50_wall[q] = bench_percentile (copy, repeat, 50);
      }
      mit_actor_filter_clear (&filter);

      if (have_shell)
        {
          g_autofree char *sql = shell_sql (queries[q]);

          have_shell = run_shell (sqlite3, argv[1], sql, repeat, &shell, &shell_p50_wall[q],
                                  &error);
          if (!have_shell)
            g_printerr ("search: the sqlite3 shell did not run: %s\n", error->message);
        }
    }

  if (verbose)
    {
      g_print ("%-22s %7s %10s %10s %7s\n", "query", "hits", "find ms", "shell ms", "ratio");
      for (guint q = 0; q < N_QUERIES; q++)
        g_print ("%-22s %7u %10.2f %10.2f %7.2f\n", queries[q], hits[q], find_p50_wall[q],
                 have_shell ? shell_p50_wall[q] : 0,
                 have_shell && shell_p50_wall[q] > 0 ? find_p50_wall[q] / shell_p50_wall[q] : 0);
    }

  p50 = bench_percentile (full.wall, full.n, 50);
  p95 = bench_percentile (full.wall, full.n, 95);
  fp50 = bench_percentile (find.wall, find.n, 50);
  fp95 = bench_percentile (find.wall, find.n, 95);
  cp50 = bench_percentile (full.cpu, full.n, 50);
  cp95 = bench_percentile (full.cpu, full.n, 95);
  fcp50 = bench_percentile (find.cpu, find.n, 50);
  fcp95 = bench_percentile (find.cpu, find.n, 95);
  sp50 = bench_percentile (shell.wall, shell.n, 50);
  sp95 = bench_percentile (shell.wall, shell.n, 95);
  scp50 = bench_percentile (shell.cpu, shell.n, 50);
  scp95 = bench_percentile (shell.cpu, shell.n, 95);

  g_print ("search_queries %u\nsearch_repeat %d\n", (guint) N_QUERIES, repeat);
  g_print ("search_p50_ms %.3f\nsearch_p95_ms %.3f\n", p50, p95);
  g_print ("search_cpu_p50_ms %.3f\nsearch_cpu_p95_ms %.3f\n", cp50, cp95);
  g_print ("find_p50_ms %.3f\nfind_p95_ms %.3f\n", fp50, fp95);
  g_print ("find_cpu_p50_ms %.3f\nfind_cpu_p95_ms %.3f\n", fcp50, fcp95);
  if (have_shell)
    {
      g_print ("shell_p50_ms %.3f\nshell_p95_ms %.3f\n", sp50, sp95);
      g_print ("shell_cpu_p50_ms %.3f\nshell_cpu_p95_ms %.3f\n", scp50, scp95);
    }
  return 0;
}
