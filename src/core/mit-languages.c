/* mit-languages.c: language names from iso-codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitLanguages"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mit-languages.h"

#define ISO_639_3_JSON ISO_CODES_PREFIX "/share/iso-codes/json/iso_639-3.json"
#define ISO_DOMAIN "iso_639-3"

/* Languages without a two-letter code that many newcomers speak. */
static const char * const extra_codes[] = {
  "prs", /* Dari */
  "kmr", /* Northern Kurdish (Kurmanji) */
  "ckb", /* Central Kurdish (Sorani) */
  "apc", /* Levantine Arabic */
  "rmy", /* Vlax Romani */
  "aii", /* Assyrian Neo-Aramaic */
};

typedef struct
{
  GHashTable  *names;   /* code → translated name */
  GHashTable  *lookup;  /* folded code or name → code */
  char       **codes;   /* sorted by translated name */
} Languages;

static char *
fold (const char *s)
{
  g_autofree char *normalized = g_utf8_normalize (s, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normalized ? normalized : s, -1);
}

static void
add_lookup (Languages  *langs,
            const char *key,
            const char *code)
{
  if (key == NULL || *key == '\0')
    return;
  /* The first one wins: codes are added before names. */
  if (!g_hash_table_contains (langs->lookup, key))
    g_hash_table_insert (langs->lookup, fold (key), g_strdup (code));
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *names = user_data;

  return g_utf8_collate (g_hash_table_lookup (names, *(const char * const *)a),
                         g_hash_table_lookup (names, *(const char * const *)b));
}

static Languages *
load_languages (void)
{
  Languages *langs = g_new0 (Languages, 1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GPtrArray) later = g_ptr_array_new ();
  JsonArray *entries = NULL;
  JsonNode *root;

  langs->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  langs->lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  bind_textdomain_codeset (ISO_DOMAIN, "UTF-8");

  if (!json_parser_load_from_file (parser, ISO_639_3_JSON, &error))
    g_warning ("Language names are not available: %s", error->message);
  else if ((root = json_parser_get_root (parser)) && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);

      if (json_object_has_member (object, "639-3"))
        entries = json_object_get_array_member (object, "639-3");
    }

  for (guint i = 0; entries && i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *alpha_2, *alpha_3, *name, *code;
      gboolean wanted = FALSE;

      if (entry == NULL)
        continue;
      alpha_2 = json_object_get_string_member_with_default (entry, "alpha_2", NULL);
      alpha_3 = json_object_get_string_member_with_default (entry, "alpha_3", NULL);
      name = json_object_get_string_member_with_default (entry, "name", NULL);
      if (alpha_3 == NULL || name == NULL)
        continue;

      code = alpha_2 ? alpha_2 : alpha_3;
      if (alpha_2)
        wanted = TRUE;
      for (guint j = 0; j < G_N_ELEMENTS (extra_codes) && !wanted; j++)
        wanted = g_str_equal (alpha_3, extra_codes[j]);
      if (!wanted)
        continue;

      g_hash_table_insert (langs->names, g_strdup (code), g_strdup (g_dgettext (ISO_DOMAIN, name)));
      g_ptr_array_add (codes, (gpointer)g_intern_string (code));
      add_lookup (langs, code, code);
      add_lookup (langs, alpha_3, code);
      add_lookup (langs, json_object_get_string_member_with_default (entry, "bibliographic", NULL), code);
      g_ptr_array_add (later, (gpointer)g_intern_string (name));
      g_ptr_array_add (later, (gpointer)g_intern_string (code));
    }

  /* Names after all codes, so that a name never shadows a code. */
  for (guint i = 0; i + 1 < later->len; i += 2)
    {
      const char *name = g_ptr_array_index (later, i);
      const char *code = g_ptr_array_index (later, i + 1);

      add_lookup (langs, name, code);
      add_lookup (langs, g_dgettext (ISO_DOMAIN, name), code);
    }

  g_ptr_array_sort_with_data (codes, compare_by_name, langs->names);
  g_ptr_array_add (codes, NULL);
  langs->codes = (char **)g_ptr_array_free (g_steal_pointer (&codes), FALSE);
  return langs;
}

static Languages *
get_languages (void)
{
  static gsize initialized;
  static Languages *langs;

  if (g_once_init_enter (&initialized))
    {
      langs = load_languages ();
      g_once_init_leave (&initialized, 1);
    }
  return langs;
}

const char *
mit_languages_get_name (const char *code)
{
  if (code == NULL)
    return NULL;
  return g_hash_table_lookup (get_languages ()->names, code);
}

const char *
mit_languages_lookup (const char *code_or_name)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (code_or_name == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (code_or_name));
  folded = fold (stripped);
  return g_hash_table_lookup (get_languages ()->lookup, folded);
}

const char * const *
mit_languages_list_codes (void)
{
  return (const char * const *)get_languages ()->codes;
}
