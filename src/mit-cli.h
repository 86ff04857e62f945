/* mit-cli.h: the command line (no window, no display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds --database, --load-example, --import-csv, --skip-bad-rows,
 * --export-csv, --search, --report=gaps (with --format=tsv|json and
 * --stale-months=N, see mit-gaps.h), --sync (with --portal=URL,
 * --region=REGION and --language=CODE) and --version to @app.
 *
 * --sync brings every stored subscription up to date, or only the one of
 * --portal and --region, which is subscribed with the --language codes
 * (the region's default language first) when the database does not hold
 * it yet. It prints per subscription what each kind of record got, or
 * that nothing changed; one subscription that fails does not stop the
 * others, and the exit status is then 1. The environment variable
 * MIT_PORTAL_RETRY_DELAY_MS (for tests, not documented for users) sets the
 * client's back-off between attempts. */
void   mit_cli_add_options          (GApplication *app);
/* Runs the commands named in @options without touching the display.
 * Returns -1 when none was given (go on to the window), else the exit
 * status. Messages go to stdout/stderr. */
int    mit_cli_handle_local_options (GApplication *app,
                                     GVariantDict *options);
/* The database file named with --database, else the default. */
char  *mit_cli_dup_database_path    (GVariantDict *options);

G_END_DECLS
