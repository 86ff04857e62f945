/* mit-html-sanitize.c: the portal's HTML made safe
 *
 * Copyright 2025 The Miteinander authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitHtml"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-html-sanitize.h"

/* How it works: a tolerant tokenizer walks the text once and hands start
 * tags, end tags and text to a builder. The builder keeps only the allowed
 * structure, in a tree that cannot be unbalanced; the HTML we write is
 * serialised from that tree, never copied from the input. */

#define DEFAULT_WEB_APP_BASE "https://integreat.app/"

/* --- Entities ------------------------------------------------------------- */

typedef struct
{
  const char *name;
  gunichar    c;
} Entity;

/* The entities editors and web editors actually write; an unknown one is
 * kept as text, as browsers do. */
static const Entity entities[] = {
  { "AElig", 0xC6 }, { "Aacute", 0xC1 }, { "Acirc", 0xC2 }, { "Agrave", 0xC0 },
  { "Aring", 0xC5 }, { "Atilde", 0xC3 }, { "Auml", 0xC4 }, { "Ccedil", 0xC7 },
  { "Eacute", 0xC9 }, { "Ecirc", 0xCA }, { "Egrave", 0xC8 }, { "Euml", 0xCB },
  { "Iacute", 0xCD }, { "Icirc", 0xCE }, { "Igrave", 0xCC }, { "Iuml", 0xCF },
  { "Ntilde", 0xD1 }, { "Oacute", 0xD3 }, { "Ocirc", 0xD4 }, { "Ograve", 0xD2 },
  { "Oslash", 0xD8 }, { "Otilde", 0xD5 }, { "Ouml", 0xD6 }, { "Uacute", 0xDA },
  { "Ucirc", 0xDB }, { "Ugrave", 0xD9 }, { "Uuml", 0xDC }, { "Yacute", 0xDD },
  { "aacute", 0xE1 }, { "acirc", 0xE2 }, { "acute", 0xB4 }, { "aelig", 0xE6 },
  { "agrave", 0xE0 }, { "amp", '&' }, { "apos", '\'' }, { "aring", 0xE5 },
  { "atilde", 0xE3 }, { "auml", 0xE4 }, { "bdquo", 0x201E }, { "brvbar", 0xA6 },
  { "bull", 0x2022 }, { "ccedil", 0xE7 }, { "cedil", 0xB8 }, { "cent", 0xA2 },
  { "copy", 0xA9 }, { "curren", 0xA4 }, { "dagger", 0x2020 }, { "deg", 0xB0 },
  { "divide", 0xF7 }, { "eacute", 0xE9 }, { "ecirc", 0xEA }, { "egrave", 0xE8 },
  { "emsp", 0x2003 }, { "ensp", 0x2002 }, { "eth", 0xF0 }, { "euml", 0xEB },
  { "euro", 0x20AC }, { "frac12", 0xBD }, { "frac14", 0xBC }, { "frac34", 0xBE },
  { "gt", '>' }, { "hellip", 0x2026 }, { "iacute", 0xED }, { "icirc", 0xEE },
  { "iexcl", 0xA1 }, { "igrave", 0xEC }, { "iquest", 0xBF }, { "iuml", 0xEF },
  { "laquo", 0xAB }, { "ldquo", 0x201C }, { "lrm", 0x200E }, { "lsaquo", 0x2039 },
  { "lsquo", 0x2018 }, { "lt", '<' }, { "macr", 0xAF }, { "mdash", 0x2014 },
  { "micro", 0xB5 }, { "middot", 0xB7 }, { "minus", 0x2212 }, { "nbsp", 0xA0 },
  { "ndash", 0x2013 }, { "not", 0xAC }, { "ntilde", 0xF1 }, { "oacute", 0xF3 },
  { "ocirc", 0xF4 }, { "ograve", 0xF2 }, { "ordf", 0xAA }, { "ordm", 0xBA },
  { "oslash", 0xF8 }, { "otilde", 0xF5 }, { "ouml", 0xF6 }, { "para", 0xB6 },
  { "permil", 0x2030 }, { "plusmn", 0xB1 }, { "pound", 0xA3 }, { "quot", '"' },
  { "raquo", 0xBB }, { "rdquo", 0x201D }, { "reg", 0xAE }, { "rlm", 0x200F },
  { "rsaquo", 0x203A }, { "rsquo", 0x2019 }, { "sbquo", 0x201A }, { "sect", 0xA7 },
  { "shy", 0xAD }, { "sup1", 0xB9 }, { "sup2", 0xB2 }, { "sup3", 0xB3 },
  { "szlig", 0xDF }, { "thinsp", 0x2009 }, { "thorn", 0xFE }, { "times", 0xD7 },
  { "trade", 0x2122 }, { "uacute", 0xFA }, { "ucirc", 0xFB }, { "ugrave", 0xF9 },
  { "uml", 0xA8 }, { "uuml", 0xFC }, { "yacute", 0xFD }, { "yen", 0xA5 },
  { "yuml", 0xFF }, { "zwj", 0x200D }, { "zwnj", 0x200C },
};

/* Numeric references to 0x80–0x9F mean Windows-1252, as in browsers. */
static const gunichar windows_1252[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static gunichar
lookup_entity (const char *name,
               gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == len && strncmp (entities[i].name, name, len) == 0)
      return entities[i].c;
  return 0;
}

/* A numeric reference at @p (after "&#"); the character, and *end after
 * it (and its ";"). 0 when there are no digits. */
static gunichar
read_numeric_reference (const char  *p,
                        const char  *limit,
                        const char **end)
{
  gboolean hex = p < limit && (*p == 'x' || *p == 'X');
  guint64 value = 0;
  const char *q = hex ? p + 1 : p;
  const char *digits = q;

  while (q < limit && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)))
    {
      value = value * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q));
      if (value > 0x10FFFF)
        value = 0x110000;
      q++;
    }
  if (q == digits)
    return 0;
  if (q < limit && *q == ';')
    q++;
  *end = q;
  if (value >= 0x80 && value <= 0x9F)
    return windows_1252[value - 0x80];
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    return 0xFFFD;
  return (gunichar) value;
}

/* Appends [@p, @limit) to @out with character references decoded. */
static void
append_decoded (GString    *out,
                const char *p,
                const char *limit)
{
  while (p < limit)
    {
      const char *amp = memchr (p, '&', limit - p);
      const char *end = NULL;
      gunichar c = 0;

      if (amp == NULL)
        {
          g_string_append_len (out, p, limit - p);
          return;
        }
      g_string_append_len (out, p, amp - p);
      p = amp + 1;

      if (p < limit && *p == '#')
        c = read_numeric_reference (p + 1, limit, &end);
      else
        {
          const char *q = p;

          while (q < limit && g_ascii_isalnum (*q) && q - p < 12)
            q++;
          if (q < limit && *q == ';' && q > p && (c = lookup_entity (p, q - p)) != 0)
            end = q + 1;
        }
      if (c == 0)
        {
          g_string_append_c (out, '&');
          continue;
        }
      g_string_append_unichar (out, c);
      p = end;
    }
}

/* --- The document --------------------------------------------------------- */

static void
run_free (MitHtmlRun *run)
{
  g_free (run->text);
  g_free (run->href);
  g_free (run);
}

static void
block_free (MitHtmlBlock *block)
{
  g_clear_pointer (&block->runs, g_ptr_array_unref);
  g_clear_pointer (&block->children, g_ptr_array_unref);
  g_free (block);
}

static MitHtmlBlock *
block_new (MitHtmlBlockKind kind)
{
  MitHtmlBlock *block = g_new0 (MitHtmlBlock, 1);

  block->kind = kind;
  if (kind == MIT_HTML_BLOCK_PARAGRAPH || kind == MIT_HTML_BLOCK_HEADING)
    block->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) run_free);
  else
    block->children = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  return block;
}

void
mit_html_document_free (MitHtmlDocument *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_free (self);
}

/* --- The builder ----------------------------------------------------------- */

typedef struct
{
  const MitHtmlOptions *options;
  const char           *web_app_base;
  MitHtmlDocument      *document;
  GPtrArray            *stack;         /* open lists, items and quotes */
  MitHtmlBlock         *text_block;    /* the open paragraph or heading */
  MitHtmlRun           *run;           /* its last run, whose text is in run_text */
  GString              *run_text;
  gboolean              after_space;   /* at a block's start, after a space or a break */
  guint                 bold;
  guint                 italic;
  char                 *href;          /* the open link's target */
  GPtrArray            *reopened;      /* items opened again for a list put in a list */
} Builder;

static GPtrArray *
current_children (Builder *b)
{
  if (b->stack->len == 0)
    return b->document->blocks;
  return ((MitHtmlBlock *) g_ptr_array_index (b->stack, b->stack->len - 1))->children;
}

static MitHtmlBlock *
top (Builder *b)
{
  return b->stack->len ? g_ptr_array_index (b->stack, b->stack->len - 1) : NULL;
}

static void
flush_run (Builder *b)
{
  if (b->run == NULL)
    return;
  g_free (b->run->text);
  b->run->text = g_strndup (b->run_text->str, b->run_text->len);
  g_string_truncate (b->run_text, 0);
  b->run = NULL;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Drops trailing spaces and breaks, then empty runs. */
static void
trim_runs (GPtrArray *runs)
{
  while (runs->len > 0)
    {
      MitHtmlRun *run = g_ptr_array_index (runs, runs->len - 1);
      gsize len = strlen (run->text);

      while (len > 0 && (run->text[len - 1] == ' ' || run->text[len - 1] == '\n'))
        run->text[--len] = '\0';
      if (len > 0)
        return;
      g_ptr_array_remove_index (runs, runs->len - 1);
    }
}

/* Ends the open paragraph or heading; one with no visible text goes. */
static void
close_text_block (Builder *b)
{
  GPtrArray *runs;
  gboolean blank = TRUE;

  if (b->text_block == NULL)
    return;
  flush_run (b);
  runs = b->text_block->runs;
  trim_runs (runs);
  for (guint i = 0; i < runs->len && blank; i++)
    blank = is_blank (((MitHtmlRun *) g_ptr_array_index (runs, i))->text);
  if (blank)
    {
      GPtrArray *siblings = current_children (b);

      g_assert (siblings->len > 0 && g_ptr_array_index (siblings, siblings->len - 1) == b->text_block);
      g_ptr_array_remove_index (siblings, siblings->len - 1);
    }
  b->text_block = NULL;
}

/* Closes the innermost container; an empty one goes. */
static void
pop_container (Builder *b)
{
  MitHtmlBlock *block = g_ptr_array_steal_index (b->stack, b->stack->len - 1);
  GPtrArray *siblings = current_children (b);

  g_ptr_array_remove (b->reopened, block);

  if (block->children->len == 0)
    {
      g_assert (siblings->len > 0 && g_ptr_array_index (siblings, siblings->len - 1) == block);
      g_ptr_array_remove_index (siblings, siblings->len - 1);
    }
}

/* Pops containers down to and including the one at @index. */
static void
pop_to (Builder *b,
        guint    index)
{
  close_text_block (b);
  while (b->stack->len > index)
    pop_container (b);
}

/* The index of the innermost open container of @kind; -1 when there is
 * none, or when one of @stop's kind is nearer. */
static int
find_open (Builder          *b,
           MitHtmlBlockKind  kind,
           int               stop)
{
  for (guint i = b->stack->len; i > 0; i--)
    {
      MitHtmlBlock *block = g_ptr_array_index (b->stack, i - 1);

      if (block->kind == kind)
        return i - 1;
      if ((int) block->kind == stop)
        return -1;
    }
  return -1;
}

/* Adds @block where it belongs: loose blocks in a list get an item. */
static void
append_block (Builder      *b,
              MitHtmlBlock *block)
{
  MitHtmlBlock *container = top (b);

  if (container && container->kind == MIT_HTML_BLOCK_LIST && block->kind != MIT_HTML_BLOCK_LIST_ITEM)
    {
      MitHtmlBlock *item = block_new (MIT_HTML_BLOCK_LIST_ITEM);

      g_ptr_array_add (container->children, item);
      g_ptr_array_add (b->stack, item);
    }
  g_ptr_array_add (current_children (b), block);
}

static void
open_text_block (Builder          *b,
                 MitHtmlBlockKind  kind,
                 guint             level)
{
  close_text_block (b);
  b->text_block = block_new (kind);
  b->text_block->level = level;
  b->after_space = TRUE;
  append_block (b, b->text_block);
}

/* Opens a list, item or quote; past the depth limit, nothing. */
static gboolean
push_container (Builder          *b,
                MitHtmlBlockKind  kind,
                gboolean          ordered)
{
  MitHtmlBlock *block;

  close_text_block (b);
  if (b->stack->len + 2 > MIT_HTML_MAX_DEPTH)
    return FALSE;
  block = block_new (kind);
  block->ordered = ordered;
  append_block (b, block);
  g_ptr_array_add (b->stack, block);
  return TRUE;
}

static MitHtmlStyle
current_style (Builder *b)
{
  return (b->bold ? MIT_HTML_STYLE_BOLD : 0) | (b->italic ? MIT_HTML_STYLE_ITALIC : 0);
}

/* The run that text in the current style goes into. */
static void
ensure_run (Builder *b)
{
  MitHtmlStyle style = current_style (b);

  if (b->text_block == NULL)
    open_text_block (b, MIT_HTML_BLOCK_PARAGRAPH, 0);
  if (b->run && b->run->style == style && g_strcmp0 (b->run->href, b->href) == 0)
    return;
  flush_run (b);
  b->run = g_new0 (MitHtmlRun, 1);
  b->run->style = style;
  b->run->href = g_strdup (b->href);
  g_ptr_array_add (b->text_block->runs, b->run);
}

/* Text, with white space collapsed and control characters dropped. */
static void
add_text (Builder    *b,
          const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          if (b->after_space || b->text_block == NULL)
            continue;
          ensure_run (b);
          g_string_append_c (b->run_text, ' ');
          b->after_space = TRUE;
          continue;
        }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        continue;
      ensure_run (b);
      g_string_append_len (b->run_text, p, g_utf8_next_char (p) - p);
      b->after_space = FALSE;
    }
}

static void
add_line_break (Builder *b)
{
  if (b->text_block == NULL)
    return;
  ensure_run (b);
  if (b->run_text->len > 0 && b->run_text->str[b->run_text->len - 1] == ' ')
    g_string_truncate (b->run_text, b->run_text->len - 1);
  g_string_append_c (b->run_text, '\n');
  b->after_space = TRUE;
}

/* --- Links ------------------------------------------------------------------ */

/* The scheme of @href in lower case, NULL for a relative reference. */
static char *
dup_scheme (const char *href)
{
  const char *p = href;

  if (!g_ascii_isalpha (*p))
    return NULL;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p != ':')
    return NULL;
  return g_ascii_strdown (href, p - href);
}

/* A link target that is safe to keep, or NULL. Browsers ignore tabs and
 * line breaks inside a URL and spaces around it, so "java\tscript:" is
 * javascript: and must be seen as such. */
static char *
clean_href (const char *raw)
{
  g_autoptr(GString) href = g_string_new (NULL);
  g_autofree char *scheme = NULL;

  for (const char *p = raw; *p; p++)
    {
      guchar c = *p;

      if (c == '\t' || c == '\n' || c == '\r' || c < 0x20 || c == 0x7F)
        continue;
      if (c == ' ')
        g_string_append (href, "%20");
      else
        g_string_append_c (href, c);
    }
  /* Spaces around the URL are not part of it. */
  while (g_str_has_prefix (href->str, "%20"))
    g_string_erase (href, 0, 3);
  while (g_str_has_suffix (href->str, "%20"))
    g_string_truncate (href, href->len - 3);

  scheme = dup_scheme (href->str);
  if (scheme == NULL)
    return NULL;
  if (g_str_equal (scheme, "http") || g_str_equal (scheme, "https"))
    {
      g_autoptr(GUri) uri = g_uri_parse (href->str, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED,
                                         NULL);

      if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
        return NULL;
    }
  else if (g_str_equal (scheme, "mailto") || g_str_equal (scheme, "tel"))
    {
      if (href->str[strlen (scheme) + 1] == '\0')
        return NULL;
    }
  else
    return NULL;
  return g_string_free (g_steal_pointer (&href), FALSE);
}

char *
mit_html_portal_link_path (const char *href,
                           const char *web_app_base)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GUri) base = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GString) path = g_string_new ("/");
  const char *base_path;
  const char *rest;
  guint n = 0;

  g_return_val_if_fail (href != NULL, NULL);

  uri = g_uri_parse (href, G_URI_FLAGS_ENCODED | G_URI_FLAGS_PARSE_RELAXED, NULL);
  base = g_uri_parse (web_app_base ? web_app_base : DEFAULT_WEB_APP_BASE,
                      G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL || base == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (base) == NULL)
    return NULL;
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0
      && g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0)
    return NULL;
  if (g_ascii_strcasecmp (g_uri_get_host (uri), g_uri_get_host (base)) != 0
      || g_uri_get_port (uri) != g_uri_get_port (base))
    return NULL;

  base_path = g_uri_get_path (base);
  rest = g_uri_get_path (uri);
  while (*base_path == '/')
    base_path++;
  while (*rest == '/')
    rest++;
  if (*base_path != '\0')
    {
      gsize len = strlen (base_path);

      while (len > 0 && base_path[len - 1] == '/')
        len--;
      if (strncmp (rest, base_path, len) != 0 || (rest[len] != '/' && rest[len] != '\0'))
        return NULL;
      rest += len;
    }

  segments = g_strsplit (rest, "/", -1);
  for (guint i = 0; segments[i]; i++)
    {
      g_autofree char *segment = NULL;

      if (*segments[i] == '\0')
        continue;
      segment = g_uri_unescape_segment (segments[i], NULL, "/");
      if (segment == NULL || !g_utf8_validate (segment, -1, NULL))
        return NULL;
      g_string_append_printf (path, "%s/", segment);
      n++;
    }
  if (n < 3)
    return NULL;
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/* The target of a link as it will be kept: cleaned, then offered to the
 * caller. */
static char *
link_target (Builder    *b,
             const char *raw)
{
  g_autofree char *href = clean_href (raw);
  g_autofree char *portal_path = NULL;
  char *replacement;

  if (href == NULL)
    return NULL;
  if (b->options == NULL || b->options->link_func == NULL)
    return g_steal_pointer (&href);
  portal_path = mit_html_portal_link_path (href, b->web_app_base);
  replacement = b->options->link_func (href, portal_path, b->options->user_data);
  return replacement ? replacement : g_steal_pointer (&href);
}

/* --- Tags ------------------------------------------------------------------- */

static gboolean
name_in (const char         *name,
         const char * const *names)
{
  return g_strv_contains (names, name);
}

/* Their content is not HTML and goes with them. */
static const char * const raw_text_tags[] = {
  "script", "style", "textarea", "title", "iframe", "noscript", "noembed", "noframes", "xmp",
  NULL
};
/* Their content is HTML, but not for us. */
static const char * const dropped_tags[] = {
  "head", "template", "object", "svg", "math", "select", "frameset", "applet", "audio",
  "video", "canvas", "picture", "map", "datalist", NULL
};
/* They end a paragraph. */
static const char * const boundary_tags[] = {
  "p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "figure",
  "figcaption", "address", "pre", "hr", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
  "caption", "dl", "dt", "dd", "center", "form", "fieldset", "legend", "details", "summary",
  "body", "html", NULL
};

static guint
heading_level (const char *name)
{
  if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
    return name[1] - '0';
  return 0;
}

static void
start_list_item (Builder *b)
{
  int list = find_open (b, MIT_HTML_BLOCK_LIST, -1);

  if (list < 0)
    {
      if (!push_container (b, MIT_HTML_BLOCK_LIST, FALSE))
        return;
      list = b->stack->len - 1;
    }
  pop_to (b, list + 1);
  push_container (b, MIT_HTML_BLOCK_LIST_ITEM, FALSE);
}

/* A list inside a list belongs in its last item. */
static void
start_list (Builder  *b,
            gboolean  ordered)
{
  MitHtmlBlock *container;

  close_text_block (b);
  container = top (b);
  if (container && container->kind == MIT_HTML_BLOCK_LIST && container->children->len > 0
      && b->stack->len + 3 <= MIT_HTML_MAX_DEPTH)
    {
      MitHtmlBlock *item = g_ptr_array_index (container->children, container->children->len - 1);

      g_ptr_array_add (b->stack, item);
      g_ptr_array_add (b->reopened, item);
    }
  push_container (b, MIT_HTML_BLOCK_LIST, ordered);
}

static void
handle_start_tag (Builder    *b,
                  const char *name,
                  const char *href)
{
  guint level = heading_level (name);

  if (level > 0)
    open_text_block (b, MIT_HTML_BLOCK_HEADING, level);
  else if (g_str_equal (name, "br"))
    add_line_break (b);
  else if (g_str_equal (name, "ul") || g_str_equal (name, "ol"))
    start_list (b, name[0] == 'o');
  else if (g_str_equal (name, "li"))
    start_list_item (b);
  else if (g_str_equal (name, "blockquote"))
    push_container (b, MIT_HTML_BLOCK_QUOTE, FALSE);
  else if (g_str_equal (name, "strong") || g_str_equal (name, "b"))
    b->bold = MIN (b->bold + 1, 64);
  else if (g_str_equal (name, "em") || g_str_equal (name, "i"))
    b->italic = MIN (b->italic + 1, 64);
  else if (g_str_equal (name, "a"))
    {
      /* A link inside a link ends the first, as in browsers. */
      g_clear_pointer (&b->href, g_free);
      if (href != NULL)
        b->href = link_target (b, href);
    }
  else if (name_in (name, boundary_tags))
    close_text_block (b);
}

static void
handle_end_tag (Builder    *b,
                const char *name)
{
  int index;

  if (heading_level (name) > 0)
    {
      if (b->text_block && b->text_block->kind == MIT_HTML_BLOCK_HEADING)
        close_text_block (b);
    }
  else if (g_str_equal (name, "ul") || g_str_equal (name, "ol"))
    {
      if ((index = find_open (b, MIT_HTML_BLOCK_LIST, -1)) >= 0)
        pop_to (b, index);
      /* An item opened again for the list ends with it. */
      if (top (b) && g_ptr_array_find (b->reopened, top (b), NULL))
        pop_to (b, b->stack->len - 1);
    }
  else if (g_str_equal (name, "li"))
    {
      if ((index = find_open (b, MIT_HTML_BLOCK_LIST_ITEM, MIT_HTML_BLOCK_LIST)) >= 0)
        pop_to (b, index);
    }
  else if (g_str_equal (name, "blockquote"))
    {
      if ((index = find_open (b, MIT_HTML_BLOCK_QUOTE, -1)) >= 0)
        pop_to (b, index);
    }
  else if (g_str_equal (name, "strong") || g_str_equal (name, "b"))
    b->bold = b->bold ? b->bold - 1 : 0;
  else if (g_str_equal (name, "em") || g_str_equal (name, "i"))
    b->italic = b->italic ? b->italic - 1 : 0;
  else if (g_str_equal (name, "a"))
    g_clear_pointer (&b->href, g_free);
  else if (g_str_equal (name, "br"))
    add_line_break (b);  /* "</br>" is a break in browsers too */
  else if (name_in (name, boundary_tags))
    close_text_block (b);
}

/* --- The tokenizer ------------------------------------------------------------ */

typedef struct
{
  const char *p;
  const char *end;
} Cursor;

/* A tag's name in lower case; advances past it. */
static char *
read_tag_name (Cursor *c)
{
  const char *start = c->p;

  while (c->p < c->end && !g_ascii_isspace (*c->p) && *c->p != '/' && *c->p != '>')
    c->p++;
  return g_ascii_strdown (start, c->p - start);
}

/* Reads the attributes up to and including ">"; keeps the decoded value
 * of @wanted (NULL for none) in *value. FALSE when the input ends first:
 * a cut-off tag is dropped. */
static gboolean
read_attributes (Cursor      *c,
                 const char  *wanted,
                 char       **value)
{
  while (c->p < c->end)
    {
      const char *name;
      gsize name_len;

      while (c->p < c->end && (g_ascii_isspace (*c->p) || *c->p == '/'))
        c->p++;
      if (c->p >= c->end)
        break;
      if (*c->p == '>')
        {
          c->p++;
          return TRUE;
        }
      name = c->p;
      while (c->p < c->end && !g_ascii_isspace (*c->p) && *c->p != '/' && *c->p != '>'
             && (*c->p != '=' || c->p == name))
        c->p++;
      name_len = c->p - name;
      while (c->p < c->end && g_ascii_isspace (*c->p))
        c->p++;
      if (c->p < c->end && *c->p == '=')
        {
          const char *v, *v_end;

          c->p++;
          while (c->p < c->end && g_ascii_isspace (*c->p))
            c->p++;
          if (c->p < c->end && (*c->p == '"' || *c->p == '\''))
            {
              char quote = *c->p++;

              v = c->p;
              v_end = memchr (v, quote, c->end - v);
              if (v_end == NULL)
                return FALSE;
              c->p = v_end + 1;
            }
          else
            {
              v = c->p;
              while (c->p < c->end && !g_ascii_isspace (*c->p) && *c->p != '>')
                c->p++;
              v_end = c->p;
            }
          if (wanted && value && *value == NULL && name_len == strlen (wanted)
              && g_ascii_strncasecmp (name, wanted, name_len) == 0)
            {
              GString *decoded = g_string_new (NULL);

              append_decoded (decoded, v, v_end);
              *value = g_string_free (decoded, FALSE);
            }
        }
    }
  return FALSE;
}

/* Skips to after "</@name…>" (any case); to the end when there is none. */
static void
skip_raw_text (Cursor     *c,
               const char *name)
{
  gsize len = strlen (name);

  while (c->p < c->end)
    {
      const char *lt = memchr (c->p, '<', c->end - c->p);

      if (lt == NULL)
        break;
      c->p = lt + 1;
      if (c->end - lt >= (gssize) len + 2 && lt[1] == '/'
          && g_ascii_strncasecmp (lt + 2, name, len) == 0
          && (lt + 2 + len == c->end || g_ascii_isspace (lt[2 + len]) || lt[2 + len] == '>'
              || lt[2 + len] == '/'))
        {
          const char *gt = memchr (lt, '>', c->end - lt);

          c->p = gt ? gt + 1 : c->end;
          return;
        }
    }
  c->p = c->end;
}

/* Skips a dropped element's content, nested ones of the same name
 * included, to after its end tag. */
static void
skip_element (Cursor     *c,
              const char *name)
{
  guint depth = 1;

  while (c->p < c->end && depth > 0)
    {
      const char *lt = memchr (c->p, '<', c->end - c->p);
      gboolean closing;
      g_autofree char *tag = NULL;

      if (lt == NULL)
        break;
      c->p = lt + 1;
      closing = c->p < c->end && *c->p == '/';
      if (closing)
        c->p++;
      if (c->p >= c->end || !g_ascii_isalpha (*c->p))
        continue;
      tag = read_tag_name (c);
      if (!read_attributes (c, NULL, NULL))
        break;
      if (g_str_equal (tag, name))
        depth += closing ? -1 : 1;
    }
  if (depth > 0)
    c->p = c->end;
}

/* After "<!" or "<?": a comment or declaration, skipped. */
static void
skip_markup_declaration (Cursor *c)
{
  const char *close;

  if (c->end - c->p >= 3 && strncmp (c->p, "!--", 3) == 0)
    {
      const char *body = c->p + 3;

      /* "<!-->" and "<!--->" are empty comments. */
      if (body < c->end && *body == '>')
        close = body - 2;
      else if (c->end - body >= 2 && strncmp (body, "->", 2) == 0)
        close = body - 1;
      else
        close = g_strstr_len (body, c->end - body, "-->");
      c->p = close ? close + 3 : c->end;
      return;
    }
  close = memchr (c->p, '>', c->end - c->p);
  c->p = close ? close + 1 : c->end;
}

static void
handle_tag (Builder *b,
            Cursor  *c)
{
  gboolean closing = *c->p == '/';
  g_autofree char *name = NULL;
  g_autofree char *href = NULL;

  if (closing)
    c->p++;
  name = read_tag_name (c);
  if (!read_attributes (c, !closing && g_str_equal (name, "a") ? "href" : NULL, &href))
    {
      c->p = c->end;
      return;
    }
  if (closing)
    handle_end_tag (b, name);
  else if (name_in (name, raw_text_tags))
    skip_raw_text (c, name);
  else if (name_in (name, dropped_tags))
    skip_element (c, name);
  else
    handle_start_tag (b, name, href);
}

static void
tokenize (Builder    *b,
          const char *html,
          gsize       len)
{
  Cursor c = { html, html + len };
  g_autoptr(GString) text = g_string_new (NULL);

  while (c.p < c.end)
    {
      const char *lt = memchr (c.p, '<', c.end - c.p);
      const char *limit = lt ? lt : c.end;
      char next;

      g_string_truncate (text, 0);
      append_decoded (text, c.p, limit);
      add_text (b, text->str);
      if (lt == NULL)
        break;

      c.p = lt + 1;
      next = c.p < c.end ? *c.p : '\0';
      if (next == '!' || next == '?')
        skip_markup_declaration (&c);
      else if (g_ascii_isalpha (next) || (next == '/' && c.p + 1 < c.end && g_ascii_isalpha (c.p[1])))
        handle_tag (b, &c);
      else if (next == '/')
        skip_markup_declaration (&c);  /* "</>" or "</ …>": nothing */
      else
        add_text (b, "<");
    }
}

MitHtmlDocument *
mit_html_document_parse (const char           *html,
                         const MitHtmlOptions *options)
{
  g_autofree char *valid = g_utf8_make_valid (html ? html : "", -1);
  Builder b = { 0 };

  b.options = options;
  b.web_app_base = options && options->web_app_base ? options->web_app_base : DEFAULT_WEB_APP_BASE;
  b.document = g_new0 (MitHtmlDocument, 1);
  b.document->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  b.stack = g_ptr_array_new ();
  b.reopened = g_ptr_array_new ();
  b.run_text = g_string_new (NULL);

  tokenize (&b, valid, strlen (valid));
  pop_to (&b, 0);

  g_ptr_array_unref (b.stack);
  g_ptr_array_unref (b.reopened);
  g_string_free (b.run_text, TRUE);
  g_free (b.href);
  return b.document;
}

/* --- Writing ----------------------------------------------------------------- */

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    breaks)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\n':
          g_string_append (out, breaks ? "<br>" : "\n");
          break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

static void
write_runs (GString   *out,
            GPtrArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      MitHtmlRun *run = g_ptr_array_index (runs, i);
      MitHtmlRun *prev = i > 0 ? g_ptr_array_index (runs, i - 1) : NULL;
      MitHtmlRun *next = i + 1 < runs->len ? g_ptr_array_index (runs, i + 1) : NULL;

      /* Neighbours with the same target share one link. */
      if (run->href && (prev == NULL || g_strcmp0 (prev->href, run->href) != 0))
        {
          g_string_append (out, "<a href=\"");
          append_escaped (out, run->href, FALSE);
          g_string_append (out, "\">");
        }
      if (run->style & MIT_HTML_STYLE_BOLD)
        g_string_append (out, "<strong>");
      if (run->style & MIT_HTML_STYLE_ITALIC)
        g_string_append (out, "<em>");
      append_escaped (out, run->text, TRUE);
      if (run->style & MIT_HTML_STYLE_ITALIC)
        g_string_append (out, "</em>");
      if (run->style & MIT_HTML_STYLE_BOLD)
        g_string_append (out, "</strong>");
      if (run->href && (next == NULL || g_strcmp0 (next->href, run->href) != 0))
        g_string_append (out, "</a>");
    }
}

static void write_blocks (GString *out, GPtrArray *blocks);

static void
write_block (GString      *out,
             MitHtmlBlock *block)
{
  switch (block->kind)
    {
    case MIT_HTML_BLOCK_PARAGRAPH:
      g_string_append (out, "<p>");
      write_runs (out, block->runs);
      g_string_append (out, "</p>\n");
      break;
    case MIT_HTML_BLOCK_HEADING:
      g_string_append_printf (out, "<h%u>", block->level);
      write_runs (out, block->runs);
      g_string_append_printf (out, "</h%u>\n", block->level);
      break;
    case MIT_HTML_BLOCK_LIST:
      g_string_append (out, block->ordered ? "<ol>\n" : "<ul>\n");
      write_blocks (out, block->children);
      g_string_append (out, block->ordered ? "</ol>\n" : "</ul>\n");
      break;
    case MIT_HTML_BLOCK_LIST_ITEM:
      {
        MitHtmlBlock *only = block->children->len == 1 ? g_ptr_array_index (block->children, 0)
                                                        : NULL;

        /* The usual one-line item without a <p>. */
        g_string_append (out, "<li>");
        if (only && only->kind == MIT_HTML_BLOCK_PARAGRAPH)
          write_runs (out, only->runs);
        else
          {
            g_string_append_c (out, '\n');
            write_blocks (out, block->children);
          }
        g_string_append (out, "</li>\n");
      }
      break;
    case MIT_HTML_BLOCK_QUOTE:
      g_string_append (out, "<blockquote>\n");
      write_blocks (out, block->children);
      g_string_append (out, "</blockquote>\n");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
write_blocks (GString   *out,
              GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    write_block (out, g_ptr_array_index (blocks, i));
}

char *
mit_html_document_to_html (const MitHtmlDocument *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  write_blocks (out, self->blocks);
  return g_string_free (out, FALSE);
}

static void write_text_blocks (GString *out, GPtrArray *blocks, guint depth);

static void
write_text_block (GString      *out,
                  MitHtmlBlock *block,
                  guint         depth,
                  const char   *bullet)
{
  if (block->runs)
    {
      if (out->len > 0 && bullet == NULL)
        g_string_append (out, depth > 0 ? "\n" : "\n\n");
      for (guint i = 0; bullet == NULL && i < depth; i++)
        g_string_append (out, "  ");
      if (bullet)
        g_string_append (out, bullet);
      for (guint i = 0; i < block->runs->len; i++)
        g_string_append (out, ((MitHtmlRun *) g_ptr_array_index (block->runs, i))->text);
      return;
    }
  if (block->kind != MIT_HTML_BLOCK_LIST)
    {
      write_text_blocks (out, block->children, depth);
      return;
    }
  for (guint i = 0; i < block->children->len; i++)
    {
      MitHtmlBlock *item = g_ptr_array_index (block->children, i);
      g_autoptr(GString) mark = g_string_new (out->len > 0 ? "\n" : "");

      for (guint d = 0; d < depth; d++)
        g_string_append (mark, "  ");
      if (block->ordered)
        g_string_append_printf (mark, "%u. ", i + 1);
      else
        g_string_append (mark, "• ");
      for (guint j = 0; j < item->children->len; j++)
        {
          MitHtmlBlock *child = g_ptr_array_index (item->children, j);

          if (j == 0 && child->runs)
            write_text_block (out, child, depth + 1, mark->str);
          else
            {
              if (j == 0)
                g_string_append (out, mark->str);
              write_text_block (out, child, depth + 1, NULL);
            }
        }
    }
}

static void
write_text_blocks (GString   *out,
                   GPtrArray *blocks,
                   guint      depth)
{
  for (guint i = 0; i < blocks->len; i++)
    write_text_block (out, g_ptr_array_index (blocks, i), depth, NULL);
}

char *
mit_html_document_to_text (const MitHtmlDocument *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  write_text_blocks (out, self->blocks, 0);
  return g_string_free (out, FALSE);
}

char *
mit_html_sanitize (const char           *html,
                   const MitHtmlOptions *options)
{
  g_autoptr(MitHtmlDocument) document = mit_html_document_parse (html, options);

  return mit_html_document_to_html (document);
}
