/* mit-topic-format.c: what the Topics section shows of a topic
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitTopicFormat"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mit-topic-format.h"
#include "mit-validate.h"

gboolean
mit_topic_language_is_rtl (const char *code)
{
  /* Arabic, Farsi and Dari, Pashto, Urdu, Kurdish Sorani, Hebrew, Yiddish,
   * Sindhi, Uyghur, Dhivehi, Syriac, Balochi, Kashmiri. Kurmanji (kmr) is
   * written in Latin letters. */
  static const char * const rtl[] = {
    "ar", "fa", "prs", "pes", "ps", "pbt", "ur", "ckb", "he", "iw", "yi", "sd", "ug", "dv",
    "syr", "bal", "ks", NULL
  };
  g_autofree char *primary = NULL;
  gsize len;

  if (code == NULL)
    return FALSE;
  len = strcspn (code, "-_");
  primary = g_ascii_strdown (code, len);
  return g_strv_contains (rtl, primary);
}

static char *
unescape_attribute (const char *text)
{
  static const struct { const char *entity; char c; } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#39;", '\'' },
  };
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; )
    {
      gboolean done = FALSE;

      for (guint i = 0; *p == '&' && i < G_N_ELEMENTS (entities) && !done; i++)
        if (g_str_has_prefix (p, entities[i].entity))
          {
            g_string_append_c (out, entities[i].c);
            p += strlen (entities[i].entity);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The sanitiser keeps only http, https, mailto and tel links, so the
 * "topic:" links the sync wrote are turned back into links to the web app
 * for parsing, and parse_link() makes them "topic:" links again. The
 * stored content is the sanitiser's own output, which always writes
 * `<a href="…">` with & < > " escaped. */
static char *
topic_links_to_web (const char *content)
{
  static const char marker[] = "href=\"topic:";
  GString *out = g_string_new (NULL);
  const char *p = content;
  const char *hit;

  while ((hit = strstr (p, marker)) != NULL)
    {
      const char *start = hit + strlen (marker);
      const char *end = strchr (start, '"');
      g_autofree char *raw = NULL;
      g_autofree char *path = NULL;
      g_autofree char *escaped = NULL;

      if (end == NULL)
        break;
      raw = g_strndup (start, end - start);
      path = unescape_attribute (raw);
      g_string_append_len (out, p, start - p - strlen ("topic:"));
      if (path[0] == '/')
        {
          escaped = g_uri_escape_string (path, "/", FALSE);
          g_string_append (out, MIT_TOPIC_WEB_APP_BASE);
          g_string_append (out, escaped);
        }
      else
        /* Not a path: the sanitiser drops the link and keeps its text. */
        g_string_append_len (out, start - strlen ("topic:"), end - start + strlen ("topic:"));
      p = end;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

static char *
parse_link (const char *href,
            const char *portal_path,
            gpointer    user_data)
{
  return portal_path != NULL ? g_strconcat ("topic:", portal_path, NULL) : NULL;
}

MitHtmlDocument *
mit_topic_parse_content (const char *content)
{
  static const MitHtmlOptions options = { MIT_TOPIC_WEB_APP_BASE, parse_link, NULL };
  g_autofree char *html = NULL;

  html = topic_links_to_web (content != NULL ? content : "");
  return mit_html_document_parse (html, &options);
}

char *
mit_topic_runs_to_markup (GPtrArray *runs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; runs != NULL && i < runs->len; i++)
    {
      const MitHtmlRun *run = g_ptr_array_index (runs, i);
      g_autofree char *text = g_markup_escape_text (run->text, -1);

      if (run->href != NULL)
        {
          g_autofree char *href = g_markup_escape_text (run->href, -1);

          g_string_append_printf (out, "<a href=\"%s\">", href);
        }
      if (run->style & MIT_HTML_STYLE_BOLD)
        g_string_append (out, "<b>");
      if (run->style & MIT_HTML_STYLE_ITALIC)
        g_string_append (out, "<i>");
      g_string_append (out, text);
      if (run->style & MIT_HTML_STYLE_ITALIC)
        g_string_append (out, "</i>");
      if (run->style & MIT_HTML_STYLE_BOLD)
        g_string_append (out, "</b>");
      if (run->href != NULL)
        g_string_append (out, "</a>");
    }
  return g_string_free (out, FALSE);
}

char *
mit_topic_dup_web_uri (const char *path)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  escaped = g_uri_escape_string (path, "/", FALSE);
  return g_strconcat (MIT_TOPIC_WEB_APP_BASE, path[0] == '/' ? "" : "/", escaped, NULL);
}

/* Lower case without accents and vowel marks, for matching. */
static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) bare = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

gboolean
mit_topic_title_matches (const char *title,
                         const char *search)
{
  g_autofree char *folded_title = NULL;
  g_autofree char *folded_search = NULL;
  g_auto(GStrv) words = NULL;

  if (search == NULL)
    return TRUE;
  folded_title = fold (title != NULL ? title : "");
  folded_search = fold (search);
  words = g_strsplit_set (folded_search, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded_title, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

char *
mit_topic_format_updated (const char *last_updated)
{
  g_autofree char *ymd = NULL;
  g_autofree char *date = NULL;

  if (last_updated == NULL || strlen (last_updated) < 10)
    return NULL;
  ymd = g_strndup (last_updated, 10);
  date = mit_date_format (ymd);
  /* Translators: %s is a date, "3 June 2026" */
  return g_strdup_printf (_("Last updated %s"), date);
}
