/* mit-topics-page.c: the Topics section
 *
 * The tree is built afresh from mit_store_list_topics() on every reload
 * (a region has hundreds of pages, not thousands): a GtkTreeListModel
 * over MitTopicItems whose children are their sub-pages. What was expanded
 * and which topic was shown survive a reload. A search keeps the matching
 * topics and those above them, all expanded.
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTopicsPage"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "mit-languages.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-topic-format.h"
#include "mit-topic-item.h"
#include "mit-topic-view.h"
#include "mit-topics-page.h"

struct _MitTopicsPage
{
  AdwBin              parent_instance;

  /* template widgets; the stack of the empty state and the topics is the
   * bin's child (not bound: disposing the template would unparent it
   * behind the bin's back) */
  AdwLeaflet         *leaflet;
  GtkDropDown        *language_dropdown;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwWindowTitle     *detail_title;
  GtkStack           *detail_stack;
  MitTopicView       *view;

  /* owned */
  MitStore           *store;
  GtkSingleSelection *selection;
  GtkTreeListModel   *tree;
  GPtrArray          *topics;       /* MitTopic of the language shown, in tree order */
  GHashTable         *items;        /* path → MitTopicItem in the tree */
  char              **languages;    /* codes, in the order of the drop-down */
  char               *language;     /* the language shown */
  char               *shown_path;   /* of the topic in the view */
  gboolean            show_back_button;
  gboolean            needs_reload;
  guint               updating : 1;
  guint               in_key_press : 1;
};

G_DEFINE_FINAL_TYPE (MitTopicsPage, mit_topics_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkTextDirection
language_direction (const char *language)
{
  return mit_topic_language_is_rtl (language) ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
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

/* ---- the tree ---------------------------------------------------------------------------- */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *children = mit_topic_item_get_children (MIT_TOPIC_ITEM (item));

  return g_list_model_get_n_items (children) > 0 ? g_object_ref (children) : NULL;
}

static MitTopicItem *
get_item_at (MitTopicsPage *self,
             guint          position)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  if (self->tree == NULL)
    return NULL;
  row = gtk_tree_list_model_get_row (self->tree, position);
  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

static guint
find_position (MitTopicsPage *self,
               MitTopicItem  *item)
{
  guint n = self->tree != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MitTopicItem) at = get_item_at (self, i);

      if (at == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
expand_at (MitTopicsPage *self,
           guint          position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, position);

  if (row != NULL)
    gtk_tree_list_row_set_expanded (row, TRUE);
}

/* Expands the topics above @item; returns its row. */
static guint
reveal_item (MitTopicsPage *self,
             MitTopicItem  *item)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  MitTopicItem *above = item;

  for (guint steps = 0; above != NULL && steps <= g_hash_table_size (self->items); steps++)
    {
      const MitTopic *topic = mit_topic_item_get_topic (above);

      g_ptr_array_insert (chain, 0, above);
      above = *topic->parent_path != '\0' ? g_hash_table_lookup (self->items, topic->parent_path)
                                          : NULL;
    }
  for (guint i = 0; i + 1 < chain->len; i++)
    {
      guint position = find_position (self, g_ptr_array_index (chain, i));

      if (position != GTK_INVALID_LIST_POSITION)
        expand_at (self, position);
    }
  return find_position (self, item);
}

static void
select_position (MitTopicsPage *self,
                 guint          position)
{
  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
show_in_view (MitTopicsPage  *self,
              const MitTopic *topic)
{
  if (topic == NULL || g_strcmp0 (topic->path, self->shown_path) != 0)
    {
      g_free (self->shown_path);
      self->shown_path = topic != NULL ? g_strdup (topic->path) : NULL;
    }
  mit_topic_view_set_topic (self->view, topic);
  adw_window_title_set_title (self->detail_title, topic != NULL ? topic->title : "");
  gtk_stack_set_visible_child_name (self->detail_stack, topic != NULL ? "topic" : "none");
}

static void
navigate_to_topic (MitTopicsPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static const MitTopic *
find_loaded_topic (MitTopicsPage *self,
                   const char    *path)
{
  for (guint i = 0; path != NULL && self->topics != NULL && i < self->topics->len; i++)
    {
      const MitTopic *topic = g_ptr_array_index (self->topics, i);

      if (g_str_equal (topic->path, path))
        return topic;
    }
  return NULL;
}

static void
rebuild_tree (MitTopicsPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching = *search != '\0';
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GtkTreeListModel) tree = NULL;
  GListStore *roots;
  const MitTopic *shown;
  guint n;

  /* What was open stays open. */
  n = self->tree != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(MitTopicItem) item = gtk_tree_list_row_get_item (row);

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (expanded, g_strdup (mit_topic_item_get_topic (item)->path));
    }

  g_hash_table_remove_all (self->items);
  roots = mit_topic_item_build_tree (self->topics != NULL ? self->topics : none, search,
                                     self->items);
  tree = gtk_tree_list_model_new (G_LIST_MODEL (roots), FALSE, searching,
                                  create_children_cb, NULL, NULL);

  self->updating = TRUE;
  g_set_object (&self->tree, tree);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (tree));
  self->updating = FALSE;

  /* Parents come before their children, so one pass opens every level. */
  for (guint i = 0; !searching && i < g_list_model_get_n_items (G_LIST_MODEL (tree)); i++)
    {
      g_autoptr(MitTopicItem) item = get_item_at (self, i);

      if (g_hash_table_contains (expanded, mit_topic_item_get_topic (item)->path))
        expand_at (self, i);
    }

  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (tree)) > 0
                                    ? "tree" : "no-results");

  /* The topic in view, as the store has it now. */
  shown = find_loaded_topic (self, self->shown_path);
  if (self->shown_path != NULL)
    show_in_view (self, shown);
  if (shown != NULL && g_hash_table_contains (self->items, shown->path))
    select_position (self, reveal_item (self, g_hash_table_lookup (self->items, shown->path)));
  else
    select_position (self, GTK_INVALID_LIST_POSITION);
}

static void
load_topics (MitTopicsPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->topics, g_ptr_array_unref);
  if (self->language == NULL)
    return;
  self->topics = mit_store_list_topics (self->store, self->language, &error);
  if (self->topics == NULL)
    g_warning ("Cannot read the topics: %s", error->message);
}

/* ---- languages --------------------------------------------------------------------------- */

static const char *
language_name (const char *code)
{
  const char *name = mit_languages_get_name (code);

  return name != NULL ? name : code;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (language_name (*(const char * const *)a),
                         language_name (*(const char * const *)b));
}

/* The user's own language if there are topics in it, else the default
 * language of the first region, else the first. */
static const char *
choose_language (MitTopicsPage *self)
{
  const char * const *names = g_get_language_names ();
  g_autoptr(GPtrArray) subscriptions = NULL;

  if (self->language != NULL &&
      g_strv_contains ((const char * const *)self->languages, self->language))
    return self->language;
  for (guint i = 0; names[i] != NULL; i++)
    if (g_strv_contains ((const char * const *)self->languages, names[i]))
      return names[i];
  subscriptions = mit_store_list_subscriptions (self->store, NULL);
  for (guint i = 0; subscriptions != NULL && i < subscriptions->len; i++)
    {
      MitSubscription *subscription = g_ptr_array_index (subscriptions, i);

      if (subscription->languages[0] != NULL &&
          g_strv_contains ((const char * const *)self->languages, subscription->languages[0]))
        return g_intern_string (subscription->languages[0]);
    }
  return self->languages[0];
}

static void
set_languages (MitTopicsPage  *self,
               char          **codes)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *language;
  guint selected = GTK_INVALID_LIST_POSITION;

  g_strfreev (self->languages);
  self->languages = g_strdupv (codes);
  qsort (self->languages, g_strv_length (self->languages), sizeof (char *), compare_names);

  language = self->languages[0] != NULL ? choose_language (self) : NULL;
  if (language != self->language)
    {
      char *copy = g_strdup (language);

      g_free (self->language);
      self->language = copy;
    }

  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      gtk_string_list_append (names, language_name (self->languages[i]));
      if (g_strcmp0 (self->languages[i], self->language) == 0)
        selected = i;
    }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->language_dropdown, selected);
  self->updating = FALSE;
}

static void
language_changed_cb (MitTopicsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->language_dropdown);

  if (self->updating || self->languages == NULL ||
      position >= g_strv_length (self->languages) ||
      g_strcmp0 (self->languages[position], self->language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (self->languages[position]);
  show_in_view (self, NULL);
  load_topics (self);
  rebuild_tree (self);
}

/* ---- reading the store ------------------------------------------------------------------- */

void
mit_topics_page_reload (MitTopicsPage *self)
{
  g_auto(GStrv) codes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MIT_IS_TOPICS_PAGE (self));

  codes = mit_store_list_topic_languages (self->store, &error);
  if (codes == NULL)
    {
      g_warning ("Cannot read the languages of the topics: %s", error->message);
      return;
    }
  self->needs_reload = FALSE;

  set_languages (self, codes);
  load_topics (self);
  rebuild_tree (self);
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    codes[0] != NULL ? "topics" : "empty");
}

/* Off screen, the page only notes that it is out of date. */
static void
store_changed_cb (MitTopicsPage *self,
                  guint          kinds,
                  MitStore      *store)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    mit_topics_page_reload (self);
  else
    self->needs_reload = TRUE;
}

/* ---- choosing ---------------------------------------------------------------------------- */

static void
selection_changed_cb (MitTopicsPage *self)
{
  g_autoptr(MitTopicItem) item = NULL;

  if (self->updating)
    return;
  item = get_item_at (self, gtk_single_selection_get_selected (self->selection));
  if (item == NULL)
    return;
  show_in_view (self, mit_topic_item_get_topic (item));
  /* Arrow keys only preview; a click also opens the topic. */
  if (!self->in_key_press)
    navigate_to_topic (self);
}

static void
list_activate_cb (MitTopicsPage *self,
                  guint          position)
{
  g_autoptr(MitTopicItem) item = get_item_at (self, position);

  if (item == NULL)
    return;
  show_in_view (self, mit_topic_item_get_topic (item));
  navigate_to_topic (self);
}

static gboolean
key_pressed_cb (MitTopicsPage *self)
{
  self->in_key_press = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
key_released_cb (MitTopicsPage *self)
{
  self->in_key_press = FALSE;
}

static void
leaflet_child_changed_cb (MitTopicsPage *self)
{
  /* Back at the tree of a narrow page: nothing is chosen, so that a click
   * on the same topic opens it again. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0)
    select_position (self, GTK_INVALID_LIST_POSITION);
}

static void
search_changed_cb (MitTopicsPage *self)
{
  if (!self->updating)
    rebuild_tree (self);
}

static void
search_activate_cb (MitTopicsPage *self)
{
  /* Enter opens the first match: the first row without sub-rows, or the
   * first row. */
  guint n = self->tree != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MitTopicItem) item = get_item_at (self, i);

      if (mit_topic_title_matches (mit_topic_item_get_topic (item)->title, search))
        {
          select_position (self, i);
          list_activate_cb (self, i);
          return;
        }
    }
}

static void
search_stop_cb (MitTopicsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static gboolean
view_open_topic_cb (MitTopicsPage *self,
                    const char    *path)
{
  return mit_topics_page_show_topic (self, path);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->leaflet)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self)))),
                 "topics") == 0 &&
      adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0)
    {
      adw_leaflet_set_visible_child_name (self->leaflet, "list");
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }
  gtk_widget_activate_action (widget, "win.back", NULL);
}

/* ---- rows -------------------------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (_("Removed from the portal"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_visible (subtitle, FALSE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autoptr(MitTopicItem) item = gtk_tree_list_row_get_item (row);
  const MitTopic *topic = mit_topic_item_get_topic (item);
  gboolean removed = *topic->removed != '\0';

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (title), topic->title);
  gtk_widget_set_visible (subtitle, removed);
  if (removed)
    gtk_widget_add_css_class (title, "dim-label");
  else
    gtk_widget_remove_css_class (title, "dim-label");
  /* The titles are in the topics' language, and so is their order. */
  set_direction_deep (expander, language_direction (topic->language));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), NULL);
}

/* ---- GObject ----------------------------------------------------------------------------- */

static void
mit_topics_page_map (GtkWidget *widget)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (widget);

  GTK_WIDGET_CLASS (mit_topics_page_parent_class)->map (widget);

  if (self->needs_reload)
    mit_topics_page_reload (self);
}

static void
mit_topics_page_constructed (GObject *object)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (object);

  G_OBJECT_CLASS (mit_topics_page_parent_class)->constructed (object);

  g_return_if_fail (MIT_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  mit_topics_page_reload (self);
}

static void
mit_topics_page_dispose (GObject *object)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_TOPICS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_topics_page_parent_class)->dispose (object);
}

static void
mit_topics_page_finalize (GObject *object)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (object);

  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->shown_path, g_free);

  G_OBJECT_CLASS (mit_topics_page_parent_class)->finalize (object);
}

static void
mit_topics_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, self->show_back_button);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_topics_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MitTopicsPage *self = MIT_TOPICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SHOW_BACK_BUTTON:
      if (self->show_back_button != g_value_get_boolean (value))
        {
          self->show_back_button = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_topics_page_class_init (MitTopicsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mit_topics_page_constructed;
  object_class->dispose = mit_topics_page_dispose;
  object_class->finalize = mit_topics_page_finalize;
  object_class->get_property = mit_topics_page_get_property;
  object_class->set_property = mit_topics_page_set_property;
  widget_class->map = mit_topics_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MIT_TYPE_TOPIC_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/topics/mit-topics-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MitTopicsPage, view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_open_topic_cb);

  gtk_widget_class_install_action (widget_class, "topics.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "topics.back", NULL);
}

static void
mit_topics_page_init (MitTopicsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (key_released_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  g_signal_connect_object (self->language_dropdown, "notify::selected",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (leaflet_child_changed_cb), self, G_CONNECT_SWAPPED);
}

MitTopicsPage *
mit_topics_page_new (MitStore *store)
{
  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  return g_object_new (MIT_TYPE_TOPICS_PAGE, "store", store, NULL);
}

MitStore *
mit_topics_page_get_store (MitTopicsPage *self)
{
  g_return_val_if_fail (MIT_IS_TOPICS_PAGE (self), NULL);

  return self->store;
}

MitTopicView *
mit_topics_page_get_view (MitTopicsPage *self)
{
  g_return_val_if_fail (MIT_IS_TOPICS_PAGE (self), NULL);

  return self->view;
}

gboolean
mit_topics_page_show_topic (MitTopicsPage *self,
                            const char    *path)
{
  g_autoptr(MitTopic) topic = NULL;
  g_autoptr(GError) error = NULL;
  MitTopicItem *item;

  g_return_val_if_fail (MIT_IS_TOPICS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  topic = mit_store_find_topic (self->store, path, &error);
  if (topic == NULL)
    {
      if (error != NULL)
        g_warning ("Cannot read the topic %s: %s", path, error->message);
      return FALSE;
    }

  if (self->needs_reload || g_strcmp0 (topic->language, self->language) != 0)
    {
      g_free (self->language);
      self->language = g_strdup (topic->language);
      g_free (self->shown_path);
      self->shown_path = g_strdup (topic->path);
      mit_topics_page_reload (self);
    }
  if (!g_hash_table_contains (self->items, topic->path))
    {
      /* The search hides it. */
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      self->updating = FALSE;
      rebuild_tree (self);
    }

  item = g_hash_table_lookup (self->items, topic->path);
  if (item != NULL)
    {
      show_in_view (self, mit_topic_item_get_topic (item));
      select_position (self, reveal_item (self, item));
    }
  else
    show_in_view (self, topic);
  navigate_to_topic (self);
  return TRUE;
}

void
mit_topics_page_focus_search (MitTopicsPage *self)
{
  g_return_if_fail (MIT_IS_TOPICS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
