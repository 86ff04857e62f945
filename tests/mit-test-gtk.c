/* mit-test-gtk.c: set-up for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mit-test-util.h"

/* G_TEST_OPTION_ISOLATE_DIRS hides the shared MIME database, without which
 * gdk-pixbuf cannot tell that GTK's built-in symbolic icons are SVG. A
 * missing icon is not what these tests look for; every other warning stays
 * fatal. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 &&
      message != NULL && g_str_has_prefix (message, "Failed to load icon"))
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

gboolean
mit_test_init_gtk (void)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  /* Software OpenGL under Xvfb spends seconds compiling shaders. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  if (!gtk_init_check ())
    return FALSE;
  adw_init ();
  return TRUE;
}

gboolean
mit_test_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *)data)++;
  return G_SOURCE_CONTINUE;
}

void
mit_test_save_screenshot (gpointer    data,
                          const char *path)
{
  GtkWidget *widget = GTK_WIDGET (data);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint frames = 0;
  guint tick;

  tick = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  WAIT_UNTIL (frames >= 3);
  gtk_widget_remove_tick_callback (widget, tick);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
