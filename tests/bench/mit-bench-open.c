/* mit-bench-open.c: time from opening the store to the first page of the
 * actor list
 *
 *   mit-bench-open DB
 *
 * Measures, in this fresh process: mit_store_open(), mit_query_model_new()
 * over all actors (which reads every id in list order), and
 * g_list_model_get_item() 0 … 49 (the first screen). Run it several times
 * from the script; each run is a new process with a new connection, like
 * starting the app.
 *
 * Prints machine-readable "key value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mit-store.h"
#include "mit-query-model.h"
#include "mit-bench-common.h"

#define FIRST_PAGE 50

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitStore) store = NULL;
  g_autoptr(MitQueryModel) model = NULL;
  guint64 rss_before, hwm_before, rss, hwm;
  double t0, t1, t2, t3, c0, c3;
  guint n_items;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: %s DB\n", argv[0]);
      return 2;
    }

  /* The types exist before the clock starts, as in the app. */
  g_type_ensure (MIT_TYPE_STORE);
  g_type_ensure (MIT_TYPE_QUERY_MODEL);
  g_type_ensure (MIT_TYPE_ACTOR);
  bench_read_rss (&rss_before, &hwm_before);

  t0 = bench_wall_seconds ();
  c0 = bench_cpu_seconds ();
  store = mit_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  t1 = bench_wall_seconds ();

  model = mit_query_model_new (store, MIT_RECORD_ACTOR);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  t2 = bench_wall_seconds ();

  for (guint i = 0; i < MIN (FIRST_PAGE, n_items); i++)
    {
      g_autoptr(MitActor) actor = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (actor == NULL || *mit_actor_get_name (actor) == '\0')
        g_error ("item %u is empty", i);
    }
  t3 = bench_wall_seconds ();
  c3 = bench_cpu_seconds ();
  bench_read_rss (&rss, &hwm);

  g_print ("open_items %u\n", n_items);
  g_print ("open_store_ms %.3f\n", (t1 - t0) * 1000);
  g_print ("open_ids_ms %.3f\n", (t2 - t1) * 1000);
  g_print ("open_page_ms %.3f\n", (t3 - t2) * 1000);
  g_print ("open_total_ms %.3f\n", (t3 - t0) * 1000);
  g_print ("open_total_cpu_ms %.3f\n", (c3 - c0) * 1000);
  g_print ("open_rss_kib %" G_GUINT64_FORMAT "\n", rss);
  g_print ("open_rss_growth_kib %" G_GUINT64_FORMAT "\n", rss - rss_before);
  return 0;
}
