/* mit-topic-view.h: one topic, rendered as native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-store-portal.h"

G_BEGIN_DECLS

#define MIT_TYPE_TOPIC_VIEW (mit_topic_view_get_type ())
G_DECLARE_FINAL_TYPE (MitTopicView, mit_topic_view, MIT, TOPIC_VIEW, AdwBin)

/* Shows the title, when the portal last changed the page, whether the
 * portal still has it, and the content: headings, paragraphs (selectable,
 * with bold, italic and links), bulleted and numbered lists and quotes.
 * Topics in a right-to-left language are laid out from the right.
 *
 * Signals:
 * "open-topic" (const char *path) → gboolean: a link to another topic
 *   ("topic:/augsburg/de/…/") was followed; return TRUE when it was
 *   shown. Unhandled, the page opens in the portal's web app.
 * "open-uri" (const char *uri): a web, mail or phone link is to be
 *   opened; the default handler hands it to the desktop. */

MitTopicView   *mit_topic_view_new       (void);
/* Shows @topic (copied; NULL shows nothing). */
void            mit_topic_view_set_topic (MitTopicView   *self,
                                          const MitTopic *topic);
/* The path of the topic shown, or NULL. */
const char     *mit_topic_view_get_path  (MitTopicView   *self);

G_END_DECLS
