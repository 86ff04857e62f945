/* mit-topic-format.h: what the Topics section shows of a topic, as pure
 * functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mit-html-sanitize.h"

G_BEGIN_DECLS

/* The portal's web app, where a link to a topic that is not here goes. */
#define MIT_TOPIC_WEB_APP_BASE "https://integreat.app"

/* Whether text in the language @code ("ar", "fa-AF", "ckb") is written
 * from right to left. The portal's language list says so, but the store
 * does not keep it; the scripts of the languages the portals offer are
 * few and do not change. */
gboolean         mit_topic_language_is_rtl (const char *code);

/* A topic's stored content (sanitised HTML whose links into the portal's
 * web app read "topic:/region/language/…/") as a document whose links
 * are the same "topic:" links, or http, https, mailto and tel ones.
 * Anything else that may be in the text is sanitised away. */
MitHtmlDocument *mit_topic_parse_content   (const char *content);

/* The runs of a paragraph or heading as Pango markup: text escaped,
 * bold and italic as <b> and <i>, links as <a href>. */
char            *mit_topic_runs_to_markup  (GPtrArray  *runs);

/* The web app's address of the page with the API path @path
 * ("/augsburg/de/willkommen/"), escaped. */
char            *mit_topic_dup_web_uri     (const char *path);

/* Whether @title contains each word of @search, ignoring case and accents'
 * composition. An empty search matches everything. */
gboolean         mit_topic_title_matches   (const char *title,
                                            const char *search);

/* "Last updated 3 June 2026" for the portal's time stamp
 * ("2026-06-03T10:12:00+02:00"), or NULL when there is none. */
char            *mit_topic_format_updated  (const char *last_updated);

G_END_DECLS
