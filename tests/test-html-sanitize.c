/* test-html-sanitize.c: the portal's HTML made safe, its document tree
 * and the links into the portal's web app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mit-test-util.h"
#include "mit-html-sanitize.h"
#include "mit-portal-parse.h"

/* --- Helpers --------------------------------------------------------------- */

static const char * const allowed_tags[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "a",
  "blockquote", "br", NULL
};

/* Every tag of @html is an allowed one, every one but br is closed in
 * order, and no attribute but a's href is there. */
static void
assert_safe_html (const char *html)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_free);
  const char *p = html;

  g_assert_true (g_utf8_validate (html, -1, NULL));
  while ((p = strchr (p, '<')) != NULL)
    {
      const char *gt = strchr (p, '>');
      gboolean closing = p[1] == '/';
      const char *name_start = p + (closing ? 2 : 1);
      gsize name_len = strcspn (name_start, " >");
      g_autofree char *name = g_strndup (name_start, name_len);

      g_assert_nonnull (gt);
      g_assert_true (g_strv_contains (allowed_tags, name));
      if (closing)
        {
          g_assert_cmpuint (open->len, >, 0);
          g_assert_cmpstr (g_ptr_array_index (open, open->len - 1), ==, name);
          g_ptr_array_remove_index (open, open->len - 1);
        }
      else
        {
          const char *attributes = name_start + name_len;

          if (g_str_equal (name, "a"))
            g_assert_true (g_str_has_prefix (attributes, " href=\""));
          else
            g_assert_true (*attributes == '>');
          if (!g_str_equal (name, "br"))
            g_ptr_array_add (open, g_steal_pointer (&name));
        }
      p = gt + 1;
    }
  g_assert_cmpuint (open->len, ==, 0);
}

static char *
sanitize (const char *html)
{
  char *out = mit_html_sanitize (html, NULL);

  assert_safe_html (out);
  return out;
}

static void
assert_sanitized (const char *html,
                  const char *expected)
{
  g_autofree char *out = sanitize (html);

  g_assert_cmpstr (out, ==, expected);
}

static MitPortalPage *
load_page (GPtrArray  **pages,
           const char  *path)
{
  g_autofree char *file = mit_test_fixture_path ("portal/augsburg/augsburg_de_pages.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (file, &contents, &length, &error);
  g_assert_no_error (error);
  body = g_bytes_new_take (contents, length);
  *pages = mit_portal_parse_pages (body, "augsburg", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < (*pages)->len; i++)
    {
      MitPortalPage *page = g_ptr_array_index (*pages, i);

      if (g_str_equal (page->path, path))
        return page;
    }
  g_assert_not_reached ();
  return NULL;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

/* --- What goes -------------------------------------------------------------- */

static void
test_script_style (void)
{
  assert_sanitized ("<p>Hallo<script>alert(\"</p><p>x\")</script> Welt</p>"
                    "<style>p { color: red }</style><SCRIPT type=\"x\">bad()</script >",
                    "<p>Hallo Welt</p>\n");
  assert_sanitized ("<p>a</p><noscript><p>no</p></noscript><template><p>t</p></template>"
                    "<iframe src=\"https://x.de\"><p>inner</p></iframe><p>b</p>",
                    "<p>a</p>\n<p>b</p>\n");
  /* An unclosed script takes the rest with it. */
  assert_sanitized ("<p>vorher</p><script>document.write('<p>x</p>')", "<p>vorher</p>\n");
  /* Nested dropped elements of the same name. */
  assert_sanitized ("<svg><p>x</p><svg><text>y</text></svg><p>z</p></svg><p>danach</p>",
                    "<p>danach</p>\n");
}

static void
test_attributes (void)
{
  g_autofree char *out = sanitize ("<p onclick=\"steal()\" style=\"color:red\" class=x id='y'>"
                                   "Text <img src=x onerror=alert(1)>"
                                   "<span onmouseover=\"x()\">mehr</span></p>"
                                   "<h2 style=\"font-size:99px\" onload=x>Titel</h2>");

  g_assert_cmpstr (out, ==, "<p>Text mehr</p>\n<h2>Titel</h2>\n");
  g_assert_null (strstr (out, "on"));
  g_assert_null (strstr (out, "style"));

  /* Only a's href survives, and other attributes of a go. */
  assert_sanitized ("<p><a title=\"t\" href=\"https://integreat-app.de/\" onclick=\"x()\" "
                    "target=_blank>Link</a></p>",
                    "<p><a href=\"https://integreat-app.de/\">Link</a></p>\n");
}

static void
test_links (void)
{
  static const char *bad[] = {
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java&#x09;script:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox",
    "/augsburg/de/relativ/",
    "//evil.example/",
    "https://",
    "mailto:",
    "file:///etc/passwd",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *html = g_strdup_printf ("<p><a href=\"%s\">Klick</a></p>", bad[i]);
      g_autofree char *out = sanitize (html);

      g_assert_cmpstr (out, ==, "<p>Klick</p>\n");
    }

  assert_sanitized ("<p><a href=\"mailto:info@augsburg.de\">E-Mail</a> "
                    "<a href=\"tel:+49 821 324\">Telefon</a> "
                    "<a href=\"http://example.org/?a=1&amp;b=2\">alt</a> "
                    "<a href=\"HTTPS://Example.org/\">groß</a></p>",
                    "<p><a href=\"mailto:info@augsburg.de\">E-Mail</a> "
                    "<a href=\"tel:+49%20821%20324\">Telefon</a> "
                    "<a href=\"http://example.org/?a=1&amp;b=2\">alt</a> "
                    "<a href=\"HTTPS://Example.org/\">groß</a></p>\n");
  /* A quote in a link cannot break out of the attribute. */
  assert_sanitized ("<a href='https://x.de/\"><script>alert(1)</script>'>x</a>",
                    "<p><a href=\"https://x.de/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"
                    "x</a></p>\n");
  /* Links do not leak past their end, nor into a new paragraph. */
  assert_sanitized ("<p><a href=\"https://a.de\">a<b>fett</b></a> danach</p>",
                    "<p><a href=\"https://a.de\">a<strong>fett</strong></a> danach</p>\n");
}

/* --- Structure ----------------------------------------------------------------- */

static void
test_nesting (void)
{
  assert_sanitized ("<ul><li>eins<li>zwei<ul><li>zwei a</ul><li>drei</ul>",
                    "<ul>\n<li>eins</li>\n<li>\n<p>zwei</p>\n<ul>\n<li>zwei a</li>\n</ul>\n</li>\n"
                    "<li>drei</li>\n</ul>\n");
  assert_sanitized ("<p><b>fett <i>beides</b> kursiv</i> normal",
                    "<p><strong>fett </strong><strong><em>beides</em></strong><em> kursiv</em>"
                    " normal</p>\n");
  assert_sanitized ("<div><p>a<div>b</p>c", "<p>a</p>\n<p>b</p>\n<p>c</p>\n");
  /* Stray end tags change nothing. */
  assert_sanitized ("</ul></li></blockquote></b>text</a></h3>", "<p>text</p>\n");
  /* A list written straight into a list goes into its last item; loose
   * text in a list gets an item. */
  assert_sanitized ("<ol><li>A</li><ol><li>A1</li></ol>lose</ol>",
                    "<ol>\n<li>\n<p>A</p>\n<ol>\n<li>A1</li>\n</ol>\n</li>\n<li>lose</li>\n</ol>\n");
  /* li outside any list makes one. */
  assert_sanitized ("<li>allein</li>", "<ul>\n<li>allein</li>\n</ul>\n");
  /* A heading ends at the next block, closed or not. */
  assert_sanitized ("<h1>Titel<p>Text</p><h7>x</h7><h3>Drei</h2>nach",
                    "<h1>Titel</h1>\n<p>Text</p>\n<p>x</p>\n<h3>Drei</h3>\n<p>nach</p>\n");
  assert_sanitized ("<blockquote>Zitat<blockquote><p>innen</blockquote></blockquote>",
                    "<blockquote>\n<p>Zitat</p>\n<blockquote>\n<p>innen</p>\n</blockquote>\n"
                    "</blockquote>\n");
}

static void
test_whitespace (void)
{
  assert_sanitized ("<p>  a \n\t b  <br>  c  </p>", "<p>a b<br>c</p>\n");
  assert_sanitized ("<p> </p><div>\xc2\xa0</div><ul><li> </li></ul><br><br>", "");
  assert_sanitized ("", "");
  assert_sanitized (NULL, "");
  /* Loose text and links separated by br, as in the "Alltag" page. */
  assert_sanitized ("<a href=\"https://a.de/\">A</a><br><a href=\"https://b.de/\">B</a>",
                    "<p><a href=\"https://a.de/\">A</a><br><a href=\"https://b.de/\">B</a></p>\n");
}

static void
test_entities (void)
{
  g_autoptr(MitHtmlDocument) document = NULL;
  g_autofree char *text = NULL;

  assert_sanitized ("<p>Tom &amp; Jerry &lt;3 &quot;x&quot; &auml;&szlig; &#8364; &#x20AC; "
                    "&euro; &unknown; & allein &#0; &#128; &nbsp;|&AMP</p>",
                    "<p>Tom &amp; Jerry &lt;3 &quot;x&quot; äß € € € &amp;unknown; &amp; allein "
                    "\xef\xbf\xbd € \xc2\xa0|&amp;AMP</p>\n");

  /* The tree holds the decoded text. */
  document = mit_html_document_parse ("<p>1 &lt; 2 &amp;&amp; 3 > 2</p>", NULL);
  text = mit_html_document_to_text (document);
  g_assert_cmpstr (text, ==, "1 < 2 && 3 > 2");
}

static void
test_rtl (void)
{
  /* Arabic passes through byte for byte, dir attribute or not. */
  assert_sanitized ("<p dir=\"rtl\">مرحبا بكم في <strong>أوجسبورج</strong></p>"
                    "<ul><li>دائرة شؤون الأجانب</li></ul>",
                    "<p>مرحبا بكم في <strong>أوجسبورج</strong></p>\n"
                    "<ul>\n<li>دائرة شؤون الأجانب</li>\n</ul>\n");
  assert_sanitized ("<p>فارسی &amp; زبان</p>", "<p>فارسی &amp; زبان</p>\n");
}

static void
test_malformed (void)
{
  assert_sanitized ("<p>a <b", "<p>a</p>\n");
  assert_sanitized ("<p>x<a href=\"https://a.de/ unterminated", "<p>x</p>\n");
  assert_sanitized ("<!-- <p>x</p> -->y<!---->z<!-->w<!DOCTYPE html><?xml x?>v",
                    "<p>yzwv</p>\n");
  assert_sanitized ("<p>1 < 2 and 3 > 2</p>", "<p>1 &lt; 2 and 3 &gt; 2</p>\n");
  assert_sanitized ("<<<>>></>", "<p>&lt;&lt;&lt;&gt;&gt;&gt;</p>\n");
  assert_sanitized ("<p>kaputt\xff\xfe ok</p>", "<p>kaputt\xef\xbf\xbd\xef\xbf\xbd ok</p>\n");
  assert_sanitized ("<p>ctrl\x01\x1f\x7f</p>", "<p>ctrl</p>\n");
  assert_sanitized ("<p a=b c d='e' =f/ g=\"h>i</p>", "");
}

static void
test_deep (void)
{
  g_autoptr(GString) html = g_string_new (NULL);
  g_autoptr(MitHtmlDocument) document = NULL;
  g_autofree char *out = NULL;
  guint depth = 0;

  for (guint i = 0; i < 2000; i++)
    g_string_append (html, "<ul><li><blockquote><b><i>");
  g_string_append (html, "tief");
  out = sanitize (html->str);
  g_assert_nonnull (strstr (out, "tief"));

  /* The tree is no deeper than the limit. */
  document = mit_html_document_parse (html->str, NULL);
  for (GPtrArray *blocks = document->blocks; blocks && blocks->len > 0; depth++)
    {
      MitHtmlBlock *last = g_ptr_array_index (blocks, blocks->len - 1);

      blocks = last->children;
    }
  g_assert_cmpuint (depth, <=, MIT_HTML_MAX_DEPTH + 1);
  g_assert_cmpuint (depth, >=, 4);
}

/* Random pieces of tags, entities and text: whatever comes out is safe. */
static void
test_random (void)
{
  static const char *pieces[] = {
    "<p>", "</p>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<b>", "</b>", "<em>", "</i>",
    "<a href=\"https://x.de\">", "<a href=\"javascript:x()\">", "</a>", "<h2>", "</h3>",
    "<script>", "</script>", "<style>", "<div onclick=x>", "</div>", "<br>", "<blockquote>",
    "</blockquote>", "&amp;", "&lt;", "&#x", "&", "<", ">", "\"", "'", "=", "text ", "نص ",
    " ", "\n", "<!--", "-->", "<svg>", "</svg>", "<img src=x onerror=alert(1)>", "<a",
    "href=\"", "<!DOCTYPE", "</", "<h1>",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250101);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) html = g_string_new (NULL);
      g_autofree char *out = NULL;
      guint n = g_rand_int_range (rand, 1, 40);

      for (guint i = 0; i < n; i++)
        g_string_append (html, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      out = sanitize (html->str);
      g_assert_null (strstr (out, "javascript"));
      g_assert_null (strstr (out, "onerror"));
      g_assert_null (strstr (out, "onclick"));
    }
}

/* --- The tree ---------------------------------------------------------------------- */

static MitHtmlRun *
run_at (MitHtmlBlock *block,
        guint         index)
{
  g_assert_nonnull (block->runs);
  g_assert_cmpuint (index, <, block->runs->len);
  return g_ptr_array_index (block->runs, index);
}

static void
test_document (void)
{
  g_autoptr(MitHtmlDocument) document =
    mit_html_document_parse ("<h2>Titel</h2><p>Text <a href=\"https://x.de/\"><em>Link</em></a>"
                             "</p><ol><li>A</li></ol><blockquote><p>Q</p></blockquote>", NULL);
  MitHtmlBlock *heading, *paragraph, *list, *item, *quote;
  g_autofree char *text = NULL;

  g_assert_cmpuint (document->blocks->len, ==, 4);
  heading = g_ptr_array_index (document->blocks, 0);
  g_assert_cmpint (heading->kind, ==, MIT_HTML_BLOCK_HEADING);
  g_assert_cmpuint (heading->level, ==, 2);
  g_assert_cmpstr (run_at (heading, 0)->text, ==, "Titel");

  paragraph = g_ptr_array_index (document->blocks, 1);
  g_assert_cmpint (paragraph->kind, ==, MIT_HTML_BLOCK_PARAGRAPH);
  g_assert_cmpuint (paragraph->runs->len, ==, 2);
  g_assert_cmpstr (run_at (paragraph, 0)->text, ==, "Text ");
  g_assert_null (run_at (paragraph, 0)->href);
  g_assert_cmpint (run_at (paragraph, 0)->style, ==, MIT_HTML_STYLE_NONE);
  g_assert_cmpstr (run_at (paragraph, 1)->text, ==, "Link");
  g_assert_cmpstr (run_at (paragraph, 1)->href, ==, "https://x.de/");
  g_assert_cmpint (run_at (paragraph, 1)->style, ==, MIT_HTML_STYLE_ITALIC);

  list = g_ptr_array_index (document->blocks, 2);
  g_assert_cmpint (list->kind, ==, MIT_HTML_BLOCK_LIST);
  g_assert_true (list->ordered);
  g_assert_null (list->runs);
  item = g_ptr_array_index (list->children, 0);
  g_assert_cmpint (item->kind, ==, MIT_HTML_BLOCK_LIST_ITEM);
  g_assert_cmpstr (run_at (g_ptr_array_index (item->children, 0), 0)->text, ==, "A");

  quote = g_ptr_array_index (document->blocks, 3);
  g_assert_cmpint (quote->kind, ==, MIT_HTML_BLOCK_QUOTE);
  g_assert_cmpuint (quote->children->len, ==, 1);

  text = mit_html_document_to_text (document);
  g_assert_cmpstr (text, ==, "Titel\n\nText Link\n1. A\n\nQ");
}

/* A real page: the Ausländerbehörde's, with divs, a styled span, a list
 * of twelve items (some wrapped in divs) and an external link. */
static void
test_fixture_page (void)
{
  g_autoptr(GPtrArray) pages = NULL;
  MitPortalPage *page =
    load_page (&pages, "/augsburg/de/behörden-und-beratung/behörden/ausländerbehörde/");
  g_autoptr(MitHtmlDocument) document = mit_html_document_parse (page->content_html, NULL);
  g_autofree char *html = mit_html_document_to_html (document);
  MitHtmlBlock *list = NULL;

  assert_safe_html (html);
  g_assert_true (g_str_has_prefix (html, "<p>Die <strong>Ausländerbehörde</strong> ist für die "
                                         "meisten Angelegenheiten zuständig"));
  g_assert_nonnull (strstr (html, "<li>Meldebescheinigung, An- und Abmelden des Wohnsitzes</li>"));
  g_assert_nonnull (strstr (html, "<li>Verlängerung des Ankunftsnachweises</li>"));
  g_assert_nonnull (strstr (html, "E-Mail Adresse schicken: aufenthalt.uni@augsburg.de</p>"));
  g_assert_nonnull (strstr (html, "<a href=\"https://www.augsburg.de/buergerservice-rathaus/"
                                  "buergerservice/aemter-behoerden/staedtische-dienststellen/b/"
                                  "buergeramt/auslaenderbehoerde\">Stadt Augsburg/ "
                                  "Ausländerbehörde</a>"));
  g_assert_null (strstr (html, "<div"));
  g_assert_null (strstr (html, "<span"));
  g_assert_null (strstr (html, "rel="));
  g_assert_null (strstr (html, "\r"));
  g_assert_cmpuint (count (html, "<li>"), ==, 12);

  for (guint i = 0; i < document->blocks->len; i++)
    {
      MitHtmlBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->kind == MIT_HTML_BLOCK_LIST)
        list = block;
    }
  g_assert_nonnull (list);
  g_assert_false (list->ordered);
  g_assert_cmpuint (list->children->len, ==, 12);
  /* The closing bold line is the last block. */
  g_assert_true (((MitHtmlBlock *) g_ptr_array_index (document->blocks,
                                                      document->blocks->len - 1))->runs != NULL);
}

/* --- Links into the portal ------------------------------------------------------------ */

typedef struct
{
  guint      calls;
  GPtrArray *portal_paths;
} LinkLog;

static char *
rewrite_link_cb (const char *href,
                 const char *portal_path,
                 gpointer    user_data)
{
  LinkLog *log = user_data;

  log->calls++;
  g_ptr_array_add (log->portal_paths, g_strdup (portal_path ? portal_path : "-"));
  return portal_path ? g_strconcat ("topic:", portal_path, NULL) : NULL;
}

static void
test_portal_links (void)
{
  g_autoptr(GPtrArray) pages = NULL;
  MitPortalPage *page = load_page (&pages, "/augsburg/de/test-links/");
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  LinkLog log = { 0, paths };
  MitHtmlOptions options = { NULL, rewrite_link_cb, &log };
  g_autofree char *html = mit_html_sanitize (page->content_html, &options);

  assert_safe_html (html);
  g_assert_cmpuint (log.calls, ==, 10);
  g_assert_cmpstr (g_ptr_array_index (paths, 0), ==, "/augsburg/de/willkommen/");
  g_assert_cmpstr (g_ptr_array_index (paths, 1), ==, "/augsburg/de/events/test-veranstaltung/");
  g_assert_cmpstr (g_ptr_array_index (paths, 2), ==, "/augsburg/de/locations/test-ort/");
  g_assert_cmpstr (g_ptr_array_index (paths, 3), ==, "/augsburg/de/disclaimer/");
  /* The start pages and other hosts are not pages. */
  g_assert_cmpstr (g_ptr_array_index (paths, 6), ==, "-");
  g_assert_cmpstr (g_ptr_array_index (paths, 7), ==, "-");
  g_assert_cmpstr (g_ptr_array_index (paths, 9), ==, "-");

  g_assert_nonnull (strstr (html, "<p><a href=\"topic:/augsburg/de/willkommen/\">Willkommen</a></p>"));
  g_assert_nonnull (strstr (html, "<a href=\"https://integreat.app/augsburg/de\">Startseite Augsburg</a>"));
  g_assert_nonnull (strstr (html, "<a href=\"http://localhost:8000/s/p/94/\">Diese Seite</a>"));
}

static void
test_portal_link_path (void)
{
  static const struct
  {
    const char *href;
    const char *base;
    const char *path;
  } cases[] = {
    { "https://integreat.app/augsburg/de/willkommen/", NULL, "/augsburg/de/willkommen/" },
    { "https://integreat.app/augsburg/de/beh%C3%B6rden-und-beratung/beh%C3%B6rden/", NULL,
      "/augsburg/de/behörden-und-beratung/behörden/" },
    { "https://INTEGREAT.app//augsburg/de/a?x=1#f", NULL, "/augsburg/de/a/" },
    { "http://integreat.app/augsburg/ar/معلومات-الوصول/", NULL, "/augsburg/ar/معلومات-الوصول/" },
    { "https://integreat.app/augsburg/de", NULL, NULL },
    { "https://integreat.app/", NULL, NULL },
    { "https://integreat-app.de/augsburg/de/a/", NULL, NULL },
    { "https://integreat.app:8443/augsburg/de/a/", NULL, NULL },
    { "mailto:info@integreat.app", NULL, NULL },
    { "https://integreat.app/augsburg/de/a%2Fb/", NULL, NULL },
    { "https://portal.example.org/web/r/de/p", "https://portal.example.org/web/", "/r/de/p/" },
    { "https://portal.example.org/other/r/de/p", "https://portal.example.org/web", NULL },
    { "https://portal.example.org/webx/r/de/p", "https://portal.example.org/web", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = mit_html_portal_link_path (cases[i].href, cases[i].base);

      g_assert_cmpstr (path, ==, cases[i].path);
    }
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/html-sanitize/script-style", test_script_style);
  g_test_add_func ("/html-sanitize/attributes", test_attributes);
  g_test_add_func ("/html-sanitize/links", test_links);
  g_test_add_func ("/html-sanitize/nesting", test_nesting);
  g_test_add_func ("/html-sanitize/whitespace", test_whitespace);
  g_test_add_func ("/html-sanitize/entities", test_entities);
  g_test_add_func ("/html-sanitize/rtl", test_rtl);
  g_test_add_func ("/html-sanitize/malformed", test_malformed);
  g_test_add_func ("/html-sanitize/deep", test_deep);
  g_test_add_func ("/html-sanitize/random", test_random);
  g_test_add_func ("/html-sanitize/document", test_document);
  g_test_add_func ("/html-sanitize/fixture-page", test_fixture_page);
  g_test_add_func ("/html-sanitize/portal-links", test_portal_links);
  g_test_add_func ("/html-sanitize/portal-link-path", test_portal_link_path);

  return g_test_run ();
}
