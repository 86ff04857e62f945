/* test-topics.c: the Topics section: the tree per language, the rendered
 * topic, links between topics, right-to-left topics, search and the
 * narrow layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>

#include "mit-test-util.h"
#include "mit-html-sanitize.h"
#include "mit-languages.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "topics/mit-topic-format.h"
#include "topics/mit-topic-item.h"
#include "topics/mit-topic-view.h"
#include "topics/mit-topics-page.h"

#define CHILD(widget, type, name) \
  ((gpointer)gtk_widget_get_template_child (GTK_WIDGET (widget), type, name))
#define PAGE_CHILD(page, name) CHILD (page, MIT_TYPE_TOPICS_PAGE, name)
#define VIEW_CHILD(view, name) CHILD (view, MIT_TYPE_TOPIC_VIEW, name)

#define REMOVED_TEXT "Removed from the portal"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* ---- the data ---------------------------------------------------------------------------- */

/* What the sync does to links into the web app (mit-portal-sync.c). */
static char *
rewrite_link (const char *href,
              const char *portal_path,
              gpointer    user_data)
{
  return portal_path ? g_strconcat ("topic:", portal_path, NULL) : g_strdup (href);
}

/* The content as the sync stores it: sanitised, links rewritten. */
static char *
sanitise_like_sync (const char *html)
{
  static const MitHtmlOptions options = { "https://integreat.app", rewrite_link, NULL };

  return mit_html_sanitize (html, &options);
}

static void
put_topic (MitStore   *store,
           gint64      subscription_id,
           const char *language,
           const char *path,
           const char *parent_path,
           int         position,
           const char *title,
           const char *content,
           const char *removed)
{
  MitTopic topic = { 0, };
  g_autoptr(GError) error = NULL;

  topic.subscription_id = subscription_id;
  topic.language = (char *)language;
  topic.path = (char *)path;
  topic.parent_path = (char *)parent_path;
  topic.position = position;
  topic.title = (char *)title;
  topic.content = (char *)content;
  topic.last_updated = (char *)"2024-05-03T10:12:00+02:00";
  topic.hash = (char *)title;
  topic.removed = (char *)(removed ? removed : "");
  g_assert_true (mit_store_put_topic (store, &topic, &error));
  g_assert_no_error (error);
}

static gint64
subscribe (MitStore *store)
{
  g_autoptr(MitSubscription) subscription = mit_subscription_new ("https://cms.integreat-app.de",
                                                                  "augsburg");
  g_autoptr(GError) error = NULL;
  const char *languages[] = { "de", "ar", NULL };

  g_strfreev (subscription->languages);
  subscription->languages = g_strdupv ((char **)languages);
  g_free (subscription->region_name);
  subscription->region_name = g_strdup ("Stadt Augsburg");
  g_assert_true (mit_store_save_subscription (store, subscription, &error));
  g_assert_no_error (error);
  return subscription->id;
}

static const char welcome_html[] =
  "<h2>Erste Schritte</h2>"
  "<p>Das ist <strong>wichtig</strong> und <em>dringend</em>. Siehe "
  "<a href=\"https://integreat.app/augsburg/de/arbeit/\">Arbeit</a>, "
  "<a href=\"https://integreat.app/augsburg/de/fehlt/\">Fehlt</a> oder "
  "<a href=\"https://example.org/info?a=1&amp;b=2\">Info</a>.</p>"
  "<ul><li>Eins</li><li>Zwei<ul><li>Zwei-A</li></ul></li><li>Drei</li></ul>"
  "<ol><li>Erstens</li><li>Zweitens</li></ol>"
  "<blockquote><p>Ein Zitat</p></blockquote>"
  "<p>Fragen: <a href=\"mailto:info@example.org\">info@example.org</a></p>";

/* Raw HTML as no sync would store it: the view must only render the safe
 * part of whatever the database holds. */
static const char unsafe_html[] =
  "<script>alert(\"böse\")</script>"
  "<style>p { color: red }</style>"
  "<p onclick=\"steal()\">Sicher <b>fett</b><iframe src=\"x\">Rahmen</iframe></p>"
  "<custom-tag>Unbekannt bleibt Text</custom-tag>"
  "<p><a href=\"javascript:alert(1)\">Klick</a><img src=x onerror=\"alert(2)\"></p>"
  "<SCRIPT type=text/javascript>document.cookie</SCRIPT>";

static gint64
fill_store (MitStore *store)
{
  gint64 id = subscribe (store);
  g_autofree char *welcome = sanitise_like_sync (welcome_html);

  /* The stored content has the rewritten links. */
  g_assert_nonnull (strstr (welcome, "href=\"topic:/augsburg/de/arbeit/\""));

  put_topic (store, id, "de", "/augsburg/de/willkommen/", "", 1, "Willkommen", welcome, NULL);
  put_topic (store, id, "de", "/augsburg/de/willkommen/sprache/", "/augsburg/de/willkommen/", 1,
             "Sprache lernen", "<p>Kurse und Treffpunkte.</p>", NULL);
  put_topic (store, id, "de", "/augsburg/de/willkommen/sprache/kurse/",
             "/augsburg/de/willkommen/sprache/", 1, "Deutschkurse", "<p>Integrationskurse.</p>", NULL);
  put_topic (store, id, "de", "/augsburg/de/willkommen/wohnen/", "/augsburg/de/willkommen/", 2,
             "Wohnen", "<p>Eine Wohnung finden.</p>", NULL);
  put_topic (store, id, "de", "/augsburg/de/arbeit/", "", 2, "Arbeit",
             "<p>Arbeit <a href=\"topic:/augsburg/ar/marhaban/\">auf Arabisch</a>.</p>", NULL);
  put_topic (store, id, "de", "/augsburg/de/alt/", "", 3, "Alte Seite", "<p>Vorbei.</p>",
             "2025-01-01");
  put_topic (store, id, "de", "/augsburg/de/unsicher/", "", 4, "Unsicher", unsafe_html, NULL);

  put_topic (store, id, "ar", "/augsburg/ar/marhaban/", "", 1, "مرحبا",
             "<h2>أهلا وسهلا</h2><p>مرحبا بكم في <b>أوغسبورغ</b>.</p>"
             "<ul><li>واحد</li><li>اثنان</li></ul>", NULL);
  put_topic (store, id, "ar", "/augsburg/ar/marhaban/lugha/", "/augsburg/ar/marhaban/", 1,
             "اللغة", "<p>دورات اللغة.</p>", NULL);
  return id;
}

/* ---- the page ---------------------------------------------------------------------------- */

typedef struct
{
  MitStore      *store;
  GtkWindow     *window;
  MitTopicsPage *page;
  gint64         subscription_id;
  GPtrArray     *opened;     /* the URIs the view asked to open */
  guint          n_back;     /* win.back */
} Fixture;

static void
back_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       data)
{
  ((Fixture *)data)->n_back++;
}

static void
open_uri_cb (MitTopicView *view,
             const char   *uri,
             Fixture      *f)
{
  g_ptr_array_add (f->opened, g_strdup (uri));
  /* No browser in the tests. */
  g_signal_stop_emission_by_name (view, "open-uri");
}

static void
open_page (Fixture *f,
           int      width,
           int      height)
{
  static const GActionEntry entries[] = {
    { "back", back_cb, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), f);
  f->opened = g_ptr_array_new_with_free_func (g_free);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  f->page = mit_topics_page_new (f->store);
  g_signal_connect (mit_topics_page_get_view (f->page), "open-uri", G_CALLBACK (open_uri_cb), f);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->page)) &&
              gtk_widget_get_width (GTK_WIDGET (f->page)) > 0);
  iterate ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = mit_test_open_store ("topics.db");
  f->subscription_id = fill_store (f->store);
  open_page (f, 1200, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  iterate ();
  g_clear_pointer (&f->opened, g_ptr_array_unref);
  g_clear_object (&f->store);
}

static GtkSingleSelection *
get_selection (MitTopicsPage *page)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (PAGE_CHILD (page, "list_view")));
}

/* The rows of the tree as "Title|>Child|>>Grandchild". */
static char *
dup_tree (MitTopicsPage *page)
{
  GListModel *model = G_LIST_MODEL (get_selection (page));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(MitTopicItem) item = gtk_tree_list_row_get_item (row);

      if (i > 0)
        g_string_append_c (out, '|');
      for (guint d = 0; d < gtk_tree_list_row_get_depth (row); d++)
        g_string_append_c (out, '>');
      g_string_append (out, mit_topic_item_get_topic (item)->title);
    }
  return g_string_free (out, FALSE);
}

static gboolean
tree_is (MitTopicsPage *page,
         const char    *expected)
{
  g_autofree char *tree = dup_tree (page);

  return g_str_equal (tree, expected);
}

static guint
find_row (MitTopicsPage *page,
          const char    *title)
{
  GListModel *model = G_LIST_MODEL (get_selection (page));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(MitTopicItem) item = gtk_tree_list_row_get_item (row);

      if (g_str_equal (mit_topic_item_get_topic (item)->title, title))
        return i;
    }
  g_error ("No row “%s” in the tree", title);
  return GTK_INVALID_LIST_POSITION;
}

static void
expand_row (MitTopicsPage *page,
            const char    *title)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (get_selection (page)),
                                                         find_row (page, title));

  gtk_tree_list_row_set_expanded (row, TRUE);
}

/* As a click does. */
static void
choose_row (MitTopicsPage *page,
            const char    *title)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (get_selection (page)),
                                   find_row (page, title), TRUE);
  iterate ();
}

static const char *
selected_title (MitTopicsPage *page)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (get_selection (page));
  g_autoptr(MitTopicItem) item = NULL;

  if (row == NULL)
    return NULL;
  item = gtk_tree_list_row_get_item (row);
  /* The tree holds the item, so the title outlives the reference. */
  return mit_topic_item_get_topic (item)->title;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GPtrArray *
content_labels (MitTopicsPage *page)
{
  GPtrArray *labels = g_ptr_array_new ();

  collect_labels (VIEW_CHILD (mit_topics_page_get_view (page), "content_box"), labels);
  return labels;
}

/* The label whose markup contains @needle, or NULL. */
static GtkLabel *
find_label (GPtrArray  *labels,
            const char *needle)
{
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), needle) != NULL)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static guint
count_labels (GPtrArray  *labels,
              const char *text)
{
  guint n = 0;

  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      n++;
  return n;
}

static const char *
view_title (MitTopicsPage *page)
{
  return gtk_label_get_text (VIEW_CHILD (mit_topics_page_get_view (page), "title_label"));
}

static gboolean
activate_link (GtkLabel   *label,
               const char *uri)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  /* The link is followed once the label is done emitting. */
  iterate ();
  return handled;
}

/* ---- tests ------------------------------------------------------------------------------- */

static void
test_format (void)
{
  g_autoptr(MitHtmlDocument) document = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *uri = NULL;
  MitHtmlBlock *block;
  MitHtmlRun runs_data[] = {
    { (char *)"a < b & c", MIT_HTML_STYLE_BOLD, NULL },
    { (char *)"Link", MIT_HTML_STYLE_ITALIC, (char *)"https://example.org/?a=1&b=\"2\"" },
  };
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();
  g_autofree char *markup = NULL;

  for (const char * const *code = (const char * const[]) { "ar", "fa", "fa-AF", "prs", "ps", "ur",
                                                             "ckb", "he", "AR", NULL };
       *code != NULL; code++)
    g_assert_true (mit_topic_language_is_rtl (*code));
  for (const char * const *code = (const char * const[]) { "de", "en", "tr", "kmr", "ru", "ti",
                                                             "", NULL };
       *code != NULL; code++)
    g_assert_false (mit_topic_language_is_rtl (*code));
  g_assert_false (mit_topic_language_is_rtl (NULL));

  g_ptr_array_add (runs, &runs_data[0]);
  g_ptr_array_add (runs, &runs_data[1]);
  markup = mit_topic_runs_to_markup (runs);
  g_assert_cmpstr (markup, ==,
                   "<b>a &lt; b &amp; c</b>"
                   "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"><i>Link</i></a>");

  uri = mit_topic_dup_web_uri ("/augsburg/ar/مرحبا بكم/");
  g_assert_cmpstr (uri, ==,
                   "https://integreat.app/augsburg/ar/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20"
                   "%D8%A8%D9%83%D9%85/");

  g_assert_true (mit_topic_title_matches ("Deutschkurse", "KURSE"));
  g_assert_true (mit_topic_title_matches ("Ärzte und Kliniken", "arzte klinik"));
  g_assert_true (mit_topic_title_matches ("Ärzte", ""));
  g_assert_false (mit_topic_title_matches ("Ärzte", "zahn"));

  updated = mit_topic_format_updated ("2024-05-03T10:12:00+02:00");
  g_assert_cmpstr (updated, ==, "Last updated 3 May 2024");
  g_assert_null (mit_topic_format_updated (""));

  /* "topic:" links survive parsing, with any path, and nothing unsafe
   * does. */
  document = mit_topic_parse_content ("<p><a href=\"topic:/augsburg/ar/مرحبا بكم/\">x</a> "
                                      "<a href=\"topic:/augsburg/de/a&amp;b%/\">y</a> "
                                      "<a href=\"topic:kein-pfad\">z</a> "
                                      "<a href=\"https://integreat.app/augsburg/de/arbeit\">w</a> "
                                      "<a href=\"javascript:alert(1)\">v</a></p>");
  g_assert_cmpuint (document->blocks->len, ==, 1);
  block = g_ptr_array_index (document->blocks, 0);
  g_assert_cmpint (block->kind, ==, MIT_HTML_BLOCK_PARAGRAPH);
  g_clear_pointer (&markup, g_free);
  markup = mit_topic_runs_to_markup (block->runs);
  g_assert_cmpstr (markup, ==,
                   "<a href=\"topic:/augsburg/ar/مرحبا بكم/\">x</a> "
                   "<a href=\"topic:/augsburg/de/a&amp;b%/\">y</a> z "
                   "<a href=\"topic:/augsburg/de/arbeit/\">w</a> v");
}

static void
test_build_tree (void)
{
  g_autoptr(MitStore) store = mit_test_open_store ("topics-tree.db");
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GListStore) roots = NULL;
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       g_object_unref);
  g_autoptr(MitTopicItem) first = NULL;
  g_autoptr(MitTopicItem) child = NULL;
  g_autoptr(GError) error = NULL;

  fill_store (store);
  topics = mit_store_list_topics (store, "de", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (topics->len, ==, 7);

  roots = mit_topic_item_build_tree (topics, NULL, items);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roots)), ==, 4);
  g_assert_cmpuint (g_hash_table_size (items), ==, 7);
  first = g_list_model_get_item (G_LIST_MODEL (roots), 0);
  g_assert_cmpstr (mit_topic_item_get_topic (first)->title, ==, "Willkommen");
  g_assert_cmpuint (g_list_model_get_n_items (mit_topic_item_get_children (first)), ==, 2);
  child = g_list_model_get_item (mit_topic_item_get_children (first), 0);
  g_assert_cmpstr (mit_topic_item_get_topic (child)->title, ==, "Sprache lernen");
  g_assert_cmpuint (g_list_model_get_n_items (mit_topic_item_get_children (child)), ==, 1);

  /* A search keeps the matches and what is above them. */
  g_clear_object (&roots);
  g_hash_table_remove_all (items);
  roots = mit_topic_item_build_tree (topics, "kurse", items);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roots)), ==, 1);
  g_assert_cmpuint (g_hash_table_size (items), ==, 3);
  g_assert_true (g_hash_table_contains (items, "/augsburg/de/willkommen/sprache/kurse/"));
  g_assert_false (g_hash_table_contains (items, "/augsburg/de/willkommen/wohnen/"));
}

static void
test_tree (Fixture       *f,
           gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (adw_bin_get_child (ADW_BIN (f->page)));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "topics");
  /* German first: the region's default language. */
  g_assert_true (tree_is (f->page, "Willkommen|Arbeit|Alte Seite|Unsicher"));
  g_assert_null (selected_title (f->page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE_CHILD (f->page, "detail_stack")), ==,
                   "none");

  expand_row (f->page, "Willkommen");
  g_assert_true (tree_is (f->page, "Willkommen|>Sprache lernen|>Wohnen|Arbeit|Alte Seite|Unsicher"));
  expand_row (f->page, "Sprache lernen");
  g_assert_true (tree_is (f->page,
                          "Willkommen|>Sprache lernen|>>Deutschkurse|>Wohnen|Arbeit|Alte Seite|Unsicher"));

  /* A change in the store: the tree is read again, and stays open. */
  put_topic (f->store, f->subscription_id, "de", "/augsburg/de/willkommen/wohnen/", "/augsburg/de/willkommen/", 2,
             "Wohnen und Leben", "<p>Neu.</p>", NULL);
  mit_store_notify_changed (f->store, MIT_RECORD_ALL);
  g_assert_true (tree_is (f->page,
                          "Willkommen|>Sprache lernen|>>Deutschkurse|>Wohnen und Leben|Arbeit|"
                          "Alte Seite|Unsicher"));
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = NULL;
  MitTopicView *view = mit_topics_page_get_view (f->page);
  GtkLabel *label;
  GtkWidget *list;

  choose_row (f->page, "Willkommen");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE_CHILD (f->page, "detail_stack")), ==,
                   "topic");
  g_assert_cmpstr (mit_topic_view_get_path (view), ==, "/augsburg/de/willkommen/");
  g_assert_cmpstr (view_title (f->page), ==, "Willkommen");
  g_assert_cmpstr (gtk_label_get_text (VIEW_CHILD (view, "updated_label")), ==,
                   "Last updated 3 May 2024");
  g_assert_false (gtk_widget_get_visible (VIEW_CHILD (view, "removed_label")));

  labels = content_labels (f->page);

  /* The heading */
  label = find_label (labels, "Erste Schritte");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "title-2"));

  /* A paragraph: wrapping, selectable, bold, italic and links */
  label = find_label (labels, "wichtig");
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_use_markup (label));
  g_assert_true (gtk_label_get_wrap (label));
  g_assert_true (gtk_label_get_selectable (label));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "<b>wichtig</b>"));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "<i>dringend</i>"));
  g_assert_nonnull (strstr (gtk_label_get_label (label),
                            "<a href=\"topic:/augsburg/de/arbeit/\">Arbeit</a>"));
  g_assert_nonnull (strstr (gtk_label_get_label (label),
                            "<a href=\"https://example.org/info?a=1&amp;b=2\">Info</a>"));
  g_assert_cmpstr (gtk_label_get_text (label), ==,
                   "Das ist wichtig und dringend. Siehe Arbeit, Fehlt oder Info.");

  /* The bulleted list with three items, one with a list of its own, and
   * the numbered one */
  g_assert_cmpuint (count_labels (labels, "•"), ==, 3);
  g_assert_cmpuint (count_labels (labels, "◦"), ==, 1);
  g_assert_cmpuint (count_labels (labels, "1."), ==, 1);
  g_assert_cmpuint (count_labels (labels, "2."), ==, 1);
  g_assert_cmpuint (count_labels (labels, "Eins"), ==, 1);
  g_assert_cmpuint (count_labels (labels, "Zwei-A"), ==, 1);
  g_assert_cmpuint (count_labels (labels, "Drei"), ==, 1);
  list = gtk_widget_get_ancestor (GTK_WIDGET (find_label (labels, "Eins")), GTK_TYPE_BOX);
  while (list != NULL && !gtk_widget_has_css_class (list, "mit-topic-list"))
    list = gtk_widget_get_parent (list);
  g_assert_nonnull (list);
  {
    guint n_items = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
      n_items++;
    g_assert_cmpuint (n_items, ==, 3);
  }

  /* The quote */
  label = find_label (labels, "Ein Zitat");
  g_assert_nonnull (label);
  g_assert_nonnull (gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BOX));
  {
    GtkWidget *quote = GTK_WIDGET (label);

    while (quote != NULL && !gtk_widget_has_css_class (quote, "mit-topic-quote"))
      quote = gtk_widget_get_parent (quote);
    g_assert_nonnull (quote);
  }

  /* German reads from the left. */
  g_assert_cmpint (gtk_widget_get_direction (VIEW_CHILD (view, "content_box")), ==,
                   GTK_TEXT_DIR_LTR);
}

static void
test_unsafe_content (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = NULL;
  static const char * const forbidden[] = {
    "alert", "böse", "color", "steal", "onclick", "Rahmen", "iframe", "javascript", "cookie",
    "onerror", "custom-tag", "<img", "<script", NULL
  };

  choose_row (f->page, "Unsicher");
  g_assert_cmpstr (view_title (f->page), ==, "Unsicher");
  labels = content_labels (f->page);
  g_assert_cmpuint (labels->len, >, 0);

  for (guint i = 0; i < labels->len; i++)
    for (guint j = 0; forbidden[j] != NULL; j++)
      {
        const char *markup = gtk_label_get_label (g_ptr_array_index (labels, i));

        if (strstr (markup, forbidden[j]) != NULL)
          g_error ("“%s” appears in the rendered topic: %s", forbidden[j], markup);
      }
  g_assert_nonnull (find_label (labels, "Sicher <b>fett</b>"));
  g_assert_cmpuint (count_labels (labels, "Unbekannt bleibt Text"), ==, 1);
  /* The link's text stays, without the link. */
  g_assert_cmpuint (count_labels (labels, "Klick"), ==, 1);
  g_assert_null (find_label (labels, "<a "));
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = NULL;
  GtkLabel *label;

  choose_row (f->page, "Willkommen");
  labels = content_labels (f->page);
  label = find_label (labels, "topic:/augsburg/de/arbeit/");
  g_assert_nonnull (label);

  /* A link to a topic that is here opens it here. */
  g_assert_true (activate_link (label, "topic:/augsburg/de/arbeit/"));
  g_assert_cmpstr (mit_topic_view_get_path (mit_topics_page_get_view (f->page)), ==,
                   "/augsburg/de/arbeit/");
  g_assert_cmpstr (view_title (f->page), ==, "Arbeit");
  g_assert_cmpstr (selected_title (f->page), ==, "Arbeit");
  g_assert_cmpuint (f->opened->len, ==, 0);

  /* The label is gone with the old topic; find the link on the new one:
   * to the Arabic tree. */
  g_clear_pointer (&labels, g_ptr_array_unref);
  labels = content_labels (f->page);
  label = find_label (labels, "topic:/augsburg/ar/marhaban/");
  g_assert_nonnull (label);
  g_assert_true (activate_link (label, "topic:/augsburg/ar/marhaban/"));
  g_assert_cmpstr (view_title (f->page), ==, "مرحبا");
  g_assert_cmpstr (selected_title (f->page), ==, "مرحبا");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (
                     PAGE_CHILD (f->page, "language_dropdown"))), ==, mit_languages_get_name ("ar"));

  /* A topic that is not here opens in the web app; other links outside. */
  mit_topics_page_show_topic (f->page, "/augsburg/de/willkommen/");
  g_clear_pointer (&labels, g_ptr_array_unref);
  labels = content_labels (f->page);
  label = find_label (labels, "topic:/augsburg/de/fehlt/");
  g_assert_nonnull (label);
  g_assert_true (activate_link (label, "topic:/augsburg/de/fehlt/"));
  g_assert_cmpstr (view_title (f->page), ==, "Willkommen");
  g_assert_cmpuint (f->opened->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->opened, 0), ==, "https://integreat.app/augsburg/de/fehlt/");

  g_assert_true (activate_link (label, "https://example.org/info?a=1&b=2"));
  g_assert_cmpstr (g_ptr_array_index (f->opened, 1), ==, "https://example.org/info?a=1&b=2");
  label = find_label (labels, "mailto:");
  g_assert_nonnull (label);
  g_assert_true (activate_link (label, "mailto:info@example.org"));
  g_assert_cmpstr (g_ptr_array_index (f->opened, 2), ==, "mailto:info@example.org");
  /* Nothing else is opened, even if it got into a label somehow. */
  g_assert_true (activate_link (label, "file:///etc/passwd"));
  g_assert_cmpuint (f->opened->len, ==, 3);
}

static void
test_show_topic (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_false (mit_topics_page_show_topic (f->page, "/augsburg/de/gibt-es-nicht/"));
  g_assert_null (mit_topic_view_get_path (mit_topics_page_get_view (f->page)));

  /* Deep in the tree: opened down to it. */
  g_assert_true (mit_topics_page_show_topic (f->page, "/augsburg/de/willkommen/sprache/kurse/"));
  g_assert_true (tree_is (f->page,
                          "Willkommen|>Sprache lernen|>>Deutschkurse|>Wohnen|Arbeit|Alte Seite|Unsicher"));
  g_assert_cmpstr (selected_title (f->page), ==, "Deutschkurse");
  g_assert_cmpstr (view_title (f->page), ==, "Deutschkurse");

  /* In another language: the tree switches. */
  g_assert_true (mit_topics_page_show_topic (f->page, "/augsburg/ar/marhaban/lugha/"));
  g_assert_true (tree_is (f->page, "مرحبا|>اللغة"));
  g_assert_cmpstr (selected_title (f->page), ==, "اللغة");

  /* Hidden by the search: the search goes. */
  g_assert_true (mit_topics_page_show_topic (f->page, "/augsburg/de/arbeit/"));
  gtk_editable_set_text (PAGE_CHILD (f->page, "search_entry"), "kurse");
  WAIT_UNTIL (tree_is (f->page, "Willkommen|>Sprache lernen|>>Deutschkurse"));
  g_assert_true (mit_topics_page_show_topic (f->page, "/augsburg/de/arbeit/"));
  g_assert_cmpstr (gtk_editable_get_text (PAGE_CHILD (f->page, "search_entry")), ==, "");
  g_assert_cmpstr (selected_title (f->page), ==, "Arbeit");
}

static void
test_rtl (Fixture       *f,
          gconstpointer  data)
{
  GtkDropDown *dropdown = PAGE_CHILD (f->page, "language_dropdown");
  MitTopicView *view = mit_topics_page_get_view (f->page);
  g_autoptr(GPtrArray) labels = NULL;
  GListModel *names = gtk_drop_down_get_model (dropdown);
  GtkLabel *label;

  /* The languages by name. */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==,
                   mit_languages_get_name ("ar"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==,
                   mit_languages_get_name ("de"));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  choose_row (f->page, "Willkommen");
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_true (tree_is (f->page, "مرحبا"));
  /* The German topic is not shown with the Arabic tree. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PAGE_CHILD (f->page, "detail_stack")), ==,
                   "none");

  choose_row (f->page, "مرحبا");
  g_assert_cmpstr (view_title (f->page), ==, "مرحبا");
  g_assert_cmpint (gtk_widget_get_direction (VIEW_CHILD (view, "content_box")), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (VIEW_CHILD (view, "title_label")), ==, GTK_TEXT_DIR_RTL);
  labels = content_labels (f->page);
  label = find_label (labels, "<b>أوغسبورغ</b>");
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpuint (count_labels (labels, "•"), ==, 2);
  /* The bullets stand on the right of the text. */
  iterate ();
  {
    GtkWidget *bullet = NULL;
    GtkWidget *item = GTK_WIDGET (find_label (labels, "واحد"));
    graphene_point_t bullet_point, item_point;

    for (guint i = 0; i < labels->len && bullet == NULL; i++)
      if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), "•"))
        bullet = g_ptr_array_index (labels, i);
    WAIT_UNTIL (gtk_widget_get_width (bullet) > 0);
    g_assert_true (gtk_widget_compute_point (bullet, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0),
                                             &bullet_point));
    g_assert_true (gtk_widget_compute_point (item, GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0),
                                             &item_point));
    g_assert_cmpfloat (bullet_point.x, >, item_point.x);
  }

  /* Back to German: left to right again. */
  gtk_drop_down_set_selected (dropdown, 1);
  g_assert_true (tree_is (f->page, "Willkommen|Arbeit|Alte Seite|Unsicher"));
  choose_row (f->page, "Arbeit");
  g_assert_cmpint (gtk_widget_get_direction (VIEW_CHILD (view, "content_box")), ==, GTK_TEXT_DIR_LTR);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkEditable *entry = PAGE_CHILD (f->page, "search_entry");
  GtkStack *list_stack = PAGE_CHILD (f->page, "list_stack");

  gtk_editable_set_text (entry, "kurse");
  WAIT_UNTIL (tree_is (f->page, "Willkommen|>Sprache lernen|>>Deutschkurse"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "tree");

  /* Enter opens the match, not the topics above it. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (view_title (f->page), ==, "Deutschkurse");

  gtk_editable_set_text (entry, "ARBEIT");
  WAIT_UNTIL (tree_is (f->page, "Arbeit"));

  gtk_editable_set_text (entry, "Quantenphysik");
  WAIT_UNTIL (g_str_equal (gtk_stack_get_visible_child_name (list_stack), "no-results"));
  g_assert_true (tree_is (f->page, ""));

  /* The whole tree again, open down to the topic in view. */
  gtk_editable_set_text (entry, "");
  WAIT_UNTIL (tree_is (f->page, "Willkommen|>Sprache lernen|>>Deutschkurse|>Wohnen|Arbeit|"
                       "Alte Seite|Unsicher"));
  g_assert_cmpstr (selected_title (f->page), ==, "Deutschkurse");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "tree");
}

static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkLabel *subtitle = NULL;
  GtkWidget *title;

  collect_labels (PAGE_CHILD (f->page, "list_view"), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_str_equal (gtk_label_get_text (label), REMOVED_TEXT) &&
          gtk_widget_get_visible (GTK_WIDGET (label)))
        {
          g_assert_null (subtitle);
          subtitle = label;
        }
    }
  g_assert_nonnull (subtitle);
  title = gtk_widget_get_prev_sibling (GTK_WIDGET (subtitle));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Alte Seite");
  g_assert_true (gtk_widget_has_css_class (title, "dim-label"));

  choose_row (f->page, "Alte Seite");
  g_assert_true (gtk_widget_get_visible (VIEW_CHILD (mit_topics_page_get_view (f->page),
                                                     "removed_label")));
  choose_row (f->page, "Arbeit");
  g_assert_false (gtk_widget_get_visible (VIEW_CHILD (mit_topics_page_get_view (f->page),
                                                      "removed_label")));
}

static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  choose_row (f->page, "Arbeit");

  /* The topic in view follows the store. */
  put_topic (f->store, f->subscription_id, "de", "/augsburg/de/arbeit/", "", 2, "Arbeit und Beruf",
             "<p>Neu geschrieben.</p>", NULL);
  mit_store_notify_changed (f->store, MIT_RECORD_ALL);
  g_assert_cmpstr (view_title (f->page), ==, "Arbeit und Beruf");
  g_assert_cmpstr (selected_title (f->page), ==, "Arbeit und Beruf");

  /* Off screen, it waits until it is shown again. */
  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  put_topic (f->store, f->subscription_id, "de", "/augsburg/de/arbeit/", "", 2, "Arbeit", "<p>Alt.</p>", NULL);
  mit_store_notify_changed (f->store, MIT_RECORD_ALL);
  g_assert_cmpstr (view_title (f->page), ==, "Arbeit und Beruf");
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  WAIT_UNTIL (g_str_equal (view_title (f->page), "Arbeit"));
}

static void
test_empty (void)
{
  Fixture f = { 0, };
  GtkStack *stack;
  GtkWidget *status;

  f.store = mit_test_open_store ("topics-empty.db");
  open_page (&f, 360, 640);
  stack = GTK_STACK (adw_bin_get_child (ADW_BIN (f.page)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  status = gtk_stack_get_visible_child (stack);
  status = gtk_widget_get_last_child (status);
  g_assert_true (ADW_IS_STATUS_PAGE (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Topics Yet");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (adw_status_page_get_child (
                     ADW_STATUS_PAGE (status)))), ==, "app.preferences");

  /* The first sync: the topics appear. */
  put_topic (f.store, subscribe (f.store), "de", "/augsburg/de/willkommen/", "", 1, "Willkommen",
             "<p>Hallo.</p>", NULL);
  mit_store_notify_changed (f.store, MIT_RECORD_ALL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "topics");
  g_assert_true (tree_is (f.page, "Willkommen"));

  fixture_tear_down (&f, NULL);
}

static void
test_narrow (void)
{
  Fixture f = { 0, };
  AdwLeaflet *leaflet;
  int minimum;

  f.store = mit_test_open_store ("topics-narrow.db");
  fill_store (f.store);
  open_page (&f, 360, 640);
  leaflet = PAGE_CHILD (f.page, "leaflet");

  gtk_widget_measure (GTK_WIDGET (f.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* A click opens the topic; Back returns to the tree. */
  choose_row (f.page, "Willkommen");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  WAIT_UNTIL (gtk_widget_get_width (VIEW_CHILD (mit_topics_page_get_view (f.page), "content_box")) > 0);
  g_assert_cmpint (gtk_widget_get_width (VIEW_CHILD (mit_topics_page_get_view (f.page), "content_box")),
                   <=, 360);
  gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.back", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_cmpuint (f.n_back, ==, 0);
  /* Nothing chosen, so the same topic can be opened again. */
  g_assert_null (selected_title (f.page));
  choose_row (f.page, "Willkommen");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");

  /* From the tree, Back goes to the window's sidebar. */
  gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f.page), "topics.back", NULL);
  g_assert_cmpuint (f.n_back, ==, 1);

  /* Ctrl+F in the window: back to the tree, into the search. */
  choose_row (f.page, "Arbeit");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  mit_topics_page_focus_search (f.page);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_true (gtk_widget_is_focus (gtk_window_get_focus (f.window)) &&
                 gtk_widget_is_ancestor (gtk_window_get_focus (f.window),
                                         PAGE_CHILD (f.page, "search_entry")));

  /* A link between topics stays on the topic side. */
  g_assert_true (mit_topics_page_show_topic (f.page, "/augsburg/ar/marhaban/"));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  iterate ();

  fixture_tear_down (&f, NULL);
}

/* MIT_TEST_SCREENSHOT=file.png writes what the page looks like, at the
 * width in MIT_TEST_SCREENSHOT_WIDTH (1000 by default), with the topic in
 * MIT_TEST_SCREENSHOT_TOPIC. */
static void
test_screenshot (void)
{
  const char *path = g_getenv ("MIT_TEST_SCREENSHOT");
  const char *width = g_getenv ("MIT_TEST_SCREENSHOT_WIDTH");
  const char *topic = g_getenv ("MIT_TEST_SCREENSHOT_TOPIC");
  Fixture f = { 0, };

  if (path == NULL)
    {
      g_test_skip ("MIT_TEST_SCREENSHOT is not set");
      return;
    }
  f.store = mit_test_open_store ("topics-shot.db");
  fill_store (f.store);
  open_page (&f, width ? atoi (width) : 1000, 700);
  mit_topics_page_show_topic (f.page, topic ? topic : "/augsburg/de/willkommen/");

  gtk_widget_queue_draw (GTK_WIDGET (f.window));
  mit_test_save_screenshot (f.window, path);
  fixture_tear_down (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);
  if (!mit_test_init_gtk ())
    return 77;

  g_test_add_func ("/topics/format", test_format);
  g_test_add_func ("/topics/build-tree", test_build_tree);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/topics/tree", test_tree);
  ADD ("/topics/render", test_render);
  ADD ("/topics/unsafe-content", test_unsafe_content);
  ADD ("/topics/links", test_links);
  ADD ("/topics/show-topic", test_show_topic);
  ADD ("/topics/rtl", test_rtl);
  ADD ("/topics/search", test_search);
  ADD ("/topics/removed", test_removed);
  ADD ("/topics/refresh", test_refresh);
#undef ADD
  g_test_add_func ("/topics/empty", test_empty);
  g_test_add_func ("/topics/narrow", test_narrow);
  g_test_add_func ("/topics/screenshot", test_screenshot);

  return g_test_run ();
}
