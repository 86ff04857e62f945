/* test-validate.c: the checks of typed values and the view logic of lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mit-test-util.h"
#include "mit-validate.h"
#include "mit-text-util.h"

static void
test_email (void)
{
  g_assert_true (mit_validate_email (NULL));
  g_assert_true (mit_validate_email (""));
  g_assert_true (mit_validate_email ("   "));
  g_assert_true (mit_validate_email ("info@example.de"));
  g_assert_true (mit_validate_email (" a.b-c+d@sub.example-verein.org "));
  g_assert_true (mit_validate_email ("kontakt@bürgerhaus.de"));
  g_assert_false (mit_validate_email ("x@"));
  g_assert_false (mit_validate_email ("@example.de"));
  g_assert_false (mit_validate_email ("info.example.de"));
  g_assert_false (mit_validate_email ("info@example"));
  g_assert_false (mit_validate_email ("a@b@example.de"));
  g_assert_false (mit_validate_email ("in fo@example.de"));
  g_assert_false (mit_validate_email ("info@example..de"));
  g_assert_false (mit_validate_email ("info@-example.de"));
  g_assert_false (mit_validate_email ("info.@example.de"));
}

static void
test_url (void)
{
  g_assert_true (mit_validate_url (""));
  g_assert_true (mit_validate_url ("https://www.example.de"));
  g_assert_true (mit_validate_url ("http://example.de/angebote?x=1#top"));
  g_assert_true (mit_validate_url ("www.awo-lindenbrunn.de"));
  g_assert_true (mit_validate_url ("HTTPS://Example.DE/"));
  g_assert_true (mit_validate_url ("https://example.de:8080/path"));
  g_assert_false (mit_validate_url ("example"));
  g_assert_false (mit_validate_url ("ftp://example.de"));
  g_assert_false (mit_validate_url ("https://"));
  g_assert_false (mit_validate_url ("https://exa mple.de"));
  g_assert_false (mit_validate_url ("https://example.de:port"));
  g_assert_false (mit_validate_url ("https://192.168.1.1"));
}

static void
test_phone (void)
{
  g_assert_true (mit_validate_phone (""));
  g_assert_true (mit_validate_phone ("+49 821 324-0"));
  g_assert_true (mit_validate_phone ("(0821) 32 40"));
  g_assert_true (mit_validate_phone ("0821/3240"));
  g_assert_true (mit_validate_phone ("+49 (0)821 3240"));
  g_assert_false (mit_validate_phone ("12"));
  g_assert_false (mit_validate_phone ("0821 abc"));
  g_assert_false (mit_validate_phone ("49+821"));
  g_assert_false (mit_validate_phone ("(0821 3240"));
  g_assert_false (mit_validate_phone ("0821) 3240"));
  g_assert_false (mit_validate_phone ("123456789012345678901"));
}

static void
test_postcode (void)
{
  g_assert_true (mit_validate_postcode (""));
  g_assert_true (mit_validate_postcode ("86150"));
  g_assert_true (mit_validate_postcode ("01067"));
  g_assert_true (mit_validate_postcode (" 78990 "));
  g_assert_false (mit_validate_postcode ("8615"));
  g_assert_false (mit_validate_postcode ("861500"));
  g_assert_false (mit_validate_postcode ("8615a"));
  g_assert_false (mit_validate_postcode ("00123"));
  g_assert_false (mit_validate_postcode ("D-86150"));
}

static void
test_date (void)
{
  g_assert_true (mit_validate_date (""));
  g_assert_true (mit_validate_date ("2025-03-31"));
  g_assert_true (mit_validate_date ("2024-02-29"));
  g_assert_false (mit_validate_date ("2025-02-29"));
  g_assert_false (mit_validate_date ("2025-13-01"));
  g_assert_false (mit_validate_date ("31.03.2025"));
  g_assert_false (mit_validate_date ("2025-3-31"));
  g_assert_false (mit_validate_date ("1850-01-01"));
}

static void
test_tags (void)
{
  g_auto(GStrv) tags = mit_text_parse_tags ("Moschee, Frauen;  Sprachcafé,, frauen ,");
  g_auto(GStrv) none = mit_text_parse_tags (NULL);
  g_autofree char *joined = NULL;
  g_autofree char *empty = mit_text_join_tags (NULL);

  g_assert_cmpuint (g_strv_length (tags), ==, 3);
  g_assert_cmpstr (tags[0], ==, "Moschee");
  g_assert_cmpstr (tags[1], ==, "Frauen");
  g_assert_cmpstr (tags[2], ==, "Sprachcafé");
  g_assert_nonnull (none);
  g_assert_null (none[0]);

  joined = mit_text_join_tags ((const char * const *)tags);
  g_assert_cmpstr (joined, ==, "Moschee, Frauen, Sprachcafé");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_counts (void)
{
  g_autofree char *one = mit_text_format_actor_count (1);
  g_autofree char *many = mit_text_format_actor_count (100000);
  g_autofree char *zero = mit_text_format_actor_count (0);
  g_autofree char *person = mit_text_format_person_count (1);
  g_autofree char *persons = mit_text_format_person_count (2);

  g_assert_cmpstr (one, ==, "1 actor");
  g_assert_cmpstr (many, ==, "100000 actors");
  g_assert_cmpstr (zero, ==, "0 actors");
  g_assert_cmpstr (person, ==, "1 contact person");
  g_assert_cmpstr (persons, ==, "2 contact persons");
}

static void
test_labels (void)
{
  g_assert_cmpstr (mit_text_get_sector_label (MIT_SECTOR_VOLUNTEER), ==, "Volunteer");
  g_assert_cmpstr (mit_text_get_consent_label (MIT_CONSENT_NONE), ==, "Not at all");
  g_assert_cmpstr (mit_text_get_consent_label (MIT_CONSENT_WEB), ==, "Web and portal");
}

static void
test_strv (void)
{
  const char * const start[] = { "de", "tr", NULL };
  g_auto(GStrv) added = mit_text_strv_add (start, "ar");
  g_auto(GStrv) again = mit_text_strv_add ((const char * const *)added, "de");
  g_auto(GStrv) removed = mit_text_strv_remove ((const char * const *)again, "tr");
  g_auto(GStrv) from_null = mit_text_strv_add (NULL, "uk");

  g_assert_cmpuint (g_strv_length (added), ==, 3);
  g_assert_cmpstr (added[2], ==, "ar");
  g_assert_cmpuint (g_strv_length (again), ==, 3);
  g_assert_cmpuint (g_strv_length (removed), ==, 2);
  g_assert_cmpstr (removed[0], ==, "de");
  g_assert_cmpstr (removed[1], ==, "ar");
  g_assert_cmpstr (from_null[0], ==, "uk");
}

static void
test_today (void)
{
  g_autofree char *today = mit_text_dup_today ();

  g_assert_true (mit_validate_date (today));
}

int
main (int   argc,
      char *argv[])
{
  mit_test_init (&argc, &argv);

  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/url", test_url);
  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/postcode", test_postcode);
  g_test_add_func ("/validate/date", test_date);
  g_test_add_func ("/view/tags", test_tags);
  g_test_add_func ("/view/counts", test_counts);
  g_test_add_func ("/view/labels", test_labels);
  g_test_add_func ("/view/strv", test_strv);
  g_test_add_func ("/view/today", test_today);

  return g_test_run ();
}
