/* mit-topic-view.c: one topic, rendered as native widgets
 *
 * The stored content is sanitised HTML; it is parsed again (the parser
 * only ever yields the safe subset, whatever the database holds) and every
 * block becomes a widget: a label per heading and paragraph, with Pango
 * markup for bold, italic and links, and boxes for lists and quotes.
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTopicView"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mit-topic-format.h"
#include "mit-topic-view.h"

struct _MitTopicView
{
  AdwBin             parent_instance;

  /* template widgets; the scrolled window is the bin's child (not bound,
   * see mit-topics-page.c) */
  GtkWidget         *page_box;
  GtkLabel          *title_label;
  GtkLabel          *updated_label;
  GtkWidget         *removed_label;
  GtkWidget         *content_box;

  /* owned */
  char              *path;
  char              *pending_link;     /* followed, to be opened when idle */
  guint              pending_link_id;
};

G_DEFINE_FINAL_TYPE (MitTopicView, mit_topic_view, ADW_TYPE_BIN)

enum {
  OPEN_TOPIC,
  OPEN_URI,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- links ------------------------------------------------------------------------------- */

static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autofree char *uri = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Cannot open %s: %s", uri, error->message);
}

static void
mit_topic_view_real_open_uri (MitTopicView *self,
                              const char   *uri)
{
  g_autoptr(GAppLaunchContext) context = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (
              gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launch_done_cb, g_strdup (uri));
}

static void
open_link (MitTopicView *self,
           const char   *uri)
{
  g_autofree char *scheme = g_uri_parse_scheme (uri);

  if (g_strcmp0 (scheme, "topic") == 0)
    {
      const char *path = uri + strlen ("topic:");
      gboolean shown = FALSE;

      g_signal_emit (self, signals[OPEN_TOPIC], 0, path, &shown);
      if (!shown)
        {
          /* Not synced here (another region, a page added since): the
           * portal's web app has it. */
          g_autofree char *web = mit_topic_dup_web_uri (path);

          g_signal_emit (self, signals[OPEN_URI], 0, web);
        }
    }
  else if (scheme != NULL &&
           (g_str_equal (scheme, "http") || g_str_equal (scheme, "https") ||
            g_str_equal (scheme, "mailto") || g_str_equal (scheme, "tel")))
    g_signal_emit (self, signals[OPEN_URI], 0, uri);

  /* Anything else cannot come out of the parser; it is not opened. */
}

static gboolean
open_pending_link_cb (gpointer user_data)
{
  MitTopicView *self = MIT_TOPIC_VIEW (user_data);
  g_autofree char *uri = g_steal_pointer (&self->pending_link);

  self->pending_link_id = 0;
  open_link (self, uri);
  return G_SOURCE_REMOVE;
}

static gboolean
activate_link_cb (GtkLabel     *label,
                  const char   *uri,
                  MitTopicView *self)
{
  /* Showing another topic destroys this label, which must not happen
   * while it is still emitting. */
  g_free (self->pending_link);
  self->pending_link = g_strdup (uri);
  if (self->pending_link_id == 0)
    self->pending_link_id = g_idle_add (open_pending_link_cb, self);
  return TRUE;
}

/* ---- blocks ------------------------------------------------------------------------------ */

static GtkWidget *
new_text_label (MitTopicView *self,
                GPtrArray    *runs)
{
  g_autofree char *markup = mit_topic_runs_to_markup (runs);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (activate_link_cb), self, 0);
  return label;
}

/* Portal pages rarely use h1 (the title is one), so h1 and h2 look the
 * same, one step below the title. */
static const char *
heading_class (guint level)
{
  switch (level)
    {
    case 0:
    case 1:
    case 2:
      return "title-2";
    case 3:
      return "title-3";
    case 4:
      return "title-4";
    default:
      return "heading";
    }
}

static const char *
bullet_for_depth (guint depth)
{
  static const char * const bullets[] = { "•", "◦", "▪" };

  return bullets[depth % G_N_ELEMENTS (bullets)];
}

static GtkWidget *build_block (MitTopicView       *self,
                               const MitHtmlBlock *block,
                               guint               list_depth);

static GtkWidget *
build_children (MitTopicView *self,
                GPtrArray    *children,
                guint         list_depth)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; children != NULL && i < children->len; i++)
    gtk_box_append (GTK_BOX (box), build_block (self, g_ptr_array_index (children, i), list_depth));
  return box;
}

static GtkWidget *
build_list (MitTopicView       *self,
            const MitHtmlBlock *block,
            guint               list_depth)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  guint number = 0;

  gtk_widget_add_css_class (list, "mit-topic-list");
  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    {
      const MitHtmlBlock *item = g_ptr_array_index (block->children, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *marker;
      GtkWidget *body;
      g_autofree char *text = NULL;

      if (item->kind == MIT_HTML_BLOCK_LIST_ITEM)
        {
          number++;
          text = block->ordered ? g_strdup_printf ("%u.", number)
                                : g_strdup (bullet_for_depth (list_depth));
          body = build_children (self, item->children, list_depth + 1);
        }
      else
        {
          /* Not an item (the parser makes items only): no marker. */
          text = g_strdup ("");
          body = build_block (self, item, list_depth + 1);
        }

      marker = gtk_label_new (text);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_label_set_xalign (GTK_LABEL (marker), 1);
      /* Numbers up to 99. stand in one column. */
      gtk_label_set_width_chars (GTK_LABEL (marker), block->ordered ? 3 : 1);
      gtk_widget_add_css_class (marker, "mit-topic-list-marker");
      gtk_widget_set_hexpand (body, TRUE);
      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), body);
      gtk_box_append (GTK_BOX (list), row);
    }
  gtk_widget_set_margin_start (list, 6);
  return list;
}

static GtkWidget *
build_block (MitTopicView       *self,
             const MitHtmlBlock *block,
             guint               list_depth)
{
  GtkWidget *widget;

  switch (block->kind)
    {
    case MIT_HTML_BLOCK_HEADING:
      widget = new_text_label (self, block->runs);
      gtk_widget_add_css_class (widget, heading_class (block->level));
      gtk_widget_set_margin_top (widget, 6);
      return widget;

    case MIT_HTML_BLOCK_LIST:
      return build_list (self, block, list_depth);

    case MIT_HTML_BLOCK_QUOTE:
      {
        GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);
        GtkWidget *body = build_children (self, block->children, list_depth);

        widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
        gtk_widget_add_css_class (widget, "mit-topic-quote");
        gtk_widget_set_margin_start (widget, 12);
        gtk_widget_set_hexpand (body, TRUE);
        gtk_box_append (GTK_BOX (widget), separator);
        gtk_box_append (GTK_BOX (widget), body);
        return widget;
      }

    case MIT_HTML_BLOCK_LIST_ITEM:
      return build_children (self, block->children, list_depth);

    case MIT_HTML_BLOCK_PARAGRAPH:
    default:
      return new_text_label (self, block->runs);
    }
}

/* Text direction is a widget's own (children do not inherit it). */
static void
set_direction_deep (GtkWidget        *widget,
                    GtkTextDirection  direction)
{
  gtk_widget_set_direction (widget, direction);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_direction_deep (child, direction);
}

static void
clear_content (MitTopicView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->content_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->content_box), child);
}

/* ---- GObject ----------------------------------------------------------------------------- */

static void
mit_topic_view_dispose (GObject *object)
{
  MitTopicView *self = MIT_TOPIC_VIEW (object);

  g_clear_handle_id (&self->pending_link_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), MIT_TYPE_TOPIC_VIEW);

  G_OBJECT_CLASS (mit_topic_view_parent_class)->dispose (object);
}

static void
mit_topic_view_finalize (GObject *object)
{
  MitTopicView *self = MIT_TOPIC_VIEW (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending_link, g_free);

  G_OBJECT_CLASS (mit_topic_view_parent_class)->finalize (object);
}

static void
mit_topic_view_class_init (MitTopicViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_topic_view_dispose;
  object_class->finalize = mit_topic_view_finalize;

  /**
   * MitTopicView::open-topic:
   * @path: the API path of the topic a link points at
   *
   * Returns: TRUE when the topic was shown
   */
  signals[OPEN_TOPIC] =
    g_signal_new ("open-topic",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  /**
   * MitTopicView::open-uri:
   * @uri: an http, https, mailto or tel address
   *
   * The default handler opens @uri with the desktop's default application;
   * stop the emission to open it elsewhere.
   */
  signals[OPEN_URI] =
    g_signal_new_class_handler ("open-uri",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (mit_topic_view_real_open_uri),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/topics/mit-topic-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MitTopicView, page_box);
  gtk_widget_class_bind_template_child (widget_class, MitTopicView, title_label);
  gtk_widget_class_bind_template_child (widget_class, MitTopicView, updated_label);
  gtk_widget_class_bind_template_child (widget_class, MitTopicView, removed_label);
  gtk_widget_class_bind_template_child (widget_class, MitTopicView, content_box);
}

static void
mit_topic_view_init (MitTopicView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MitTopicView *
mit_topic_view_new (void)
{
  return g_object_new (MIT_TYPE_TOPIC_VIEW, NULL);
}

void
mit_topic_view_set_topic (MitTopicView   *self,
                          const MitTopic *topic)
{
  g_autoptr(MitHtmlDocument) document = NULL;
  g_autofree char *updated = NULL;
  GtkTextDirection direction;
  gboolean same;

  g_return_if_fail (MIT_IS_TOPIC_VIEW (self));

  same = topic != NULL && g_strcmp0 (topic->path, self->path) == 0;
  g_free (self->path);
  self->path = topic != NULL ? g_strdup (topic->path) : NULL;

  clear_content (self);
  if (topic == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->updated_label, "");
      gtk_widget_set_visible (self->removed_label, FALSE);
      return;
    }

  gtk_label_set_text (self->title_label, topic->title != NULL ? topic->title : "");
  updated = mit_topic_format_updated (topic->last_updated);
  gtk_label_set_text (self->updated_label, updated != NULL ? updated : "");
  gtk_widget_set_visible (GTK_WIDGET (self->updated_label), updated != NULL);
  gtk_widget_set_visible (self->removed_label, topic->removed != NULL && *topic->removed != '\0');

  document = mit_topic_parse_content (topic->content);
  for (guint i = 0; i < document->blocks->len; i++)
    gtk_box_append (GTK_BOX (self->content_box),
                    build_block (self, g_ptr_array_index (document->blocks, i), 0));

  /* The page reads in its own language's direction, whatever the
   * desktop's: an Arabic page from the right on a German desktop. */
  direction = mit_topic_language_is_rtl (topic->language) ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  set_direction_deep (self->page_box, direction);

  /* Another topic starts at the top; the same one, refreshed, stays put. */
  if (!same)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                                GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)))), 0);
}

const char *
mit_topic_view_get_path (MitTopicView *self)
{
  g_return_val_if_fail (MIT_IS_TOPIC_VIEW (self), NULL);

  return self->path;
}
