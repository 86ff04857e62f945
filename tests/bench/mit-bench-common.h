/* mit-bench-common.h: timing helpers shared by the benchmark programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CPU time of the whole process in seconds (user + system), to compare
 * with the sqlite3 shell's "user" + "sys" on a busy machine where wall
 * time is noisy. */
static inline double
bench_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline double
bench_wall_seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

static int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Nearest-rank percentile (p in 0 … 100) of @n values; sorts them. */
static inline double
bench_percentile (double *values,
                  guint   n,
                  double  p)
{
  guint rank;

  if (n == 0)
    return 0;
  qsort (values, n, sizeof (double), bench_compare_doubles);
  rank = (guint) (p / 100.0 * n + 0.999999);
  if (rank < 1)
    rank = 1;
  if (rank > n)
    rank = n;
  return values[rank - 1];
}

/* VmRSS and VmHWM of this process in KiB, from /proc/self/status. */
static inline void
bench_read_rss (guint64 *rss_kib,
                guint64 *hwm_kib)
{
  g_autofree char *status = NULL;
  const char *p;

  *rss_kib = *hwm_kib = 0;
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  if ((p = strstr (status, "VmRSS:")))
    *rss_kib = g_ascii_strtoull (p + 6, NULL, 10);
  if ((p = strstr (status, "VmHWM:")))
    *hwm_kib = g_ascii_strtoull (p + 6, NULL, 10);
}
