/* mit-topics-page.h: the Topics section, the portal's pages as a tree per
 * language beside the page chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"
#include "mit-topic-view.h"

G_BEGIN_DECLS

#define MIT_TYPE_TOPICS_PAGE (mit_topics_page_get_type ())
G_DECLARE_FINAL_TYPE (MitTopicsPage, mit_topics_page, MIT, TOPICS_PAGE, AdwBin)

/* Properties: "store" (construct-only); "show-back-button": bind it to
 * the window's leaflet's "folded", so that the page's header bars offer
 * "win.back" and the window buttons when the sidebar is folded away.
 *
 * The page re-reads the topics when the store changes while it is on
 * screen, and when it comes on screen after a change.
 *
 * Actions: "topics.back" (Alt+←): from a topic back to the tree when the
 * page is narrow, else "win.back". The empty state offers
 * "app.preferences". Links between topics open here; web, mail and phone
 * links (and topics that are not here) open outside, see MitTopicView. */

MitTopicsPage *mit_topics_page_new        (MitStore      *store);
MitStore      *mit_topics_page_get_store  (MitTopicsPage *self);
MitTopicView  *mit_topics_page_get_view   (MitTopicsPage *self);
/* Shows the topic with the API path @path ("/augsburg/de/willkommen/"):
 * switches to its language, clears a search that hides it, expands the
 * tree down to it, selects it and, when the page is narrow, moves on to
 * it. Returns FALSE (and changes nothing) when there is no such topic. */
gboolean       mit_topics_page_show_topic (MitTopicsPage *self,
                                           const char    *path);
/* Shows the tree (on a narrow page) and puts the keyboard focus in the
 * search, e.g. for the window's Ctrl+F. */
void           mit_topics_page_focus_search (MitTopicsPage *self);
/* Re-reads the store now. */
void           mit_topics_page_reload     (MitTopicsPage *self);

G_END_DECLS
