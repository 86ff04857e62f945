/* mit-origin-banner.c: where a synced record came from, shown above its
 * editor
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitOriginBanner"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mit-conflict-dialog.h"
#include "mit-origin-banner.h"
#include "mit-store.h"
#include "mit-store-portal.h"
#include "mit-validate.h"

struct _MitOriginBanner
{
  GtkWidget       parent_instance;

  /* children */
  GtkWidget      *revealer;
  GtkWidget      *icon;
  GtkWidget      *label;
  GtkWidget      *button;

  /* owned */
  MitStore       *store;
  char           *tbl;
  gint64          row_id;
  gint64          origin_id;
  gulong          changed_id;
  MitOriginState  state;
};

G_DEFINE_FINAL_TYPE (MitOriginBanner, mit_origin_banner, GTK_TYPE_WIDGET)

static char *
subscription_text (MitOriginBanner *self,
                   gint64           subscription_id)
{
  g_autoptr(MitSubscription) subscription = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  subscription = mit_store_load_subscription (self->store, subscription_id, NULL);
  if (subscription == NULL)
    return g_strdup (_("Synced from a portal"));
  uri = g_uri_parse (subscription->base_url, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri)
                                                    : subscription->base_url;
  /* Translators: "Synced from Stadt Augsburg on cms.integreat-app.de" */
  return g_strdup_printf (_("Synced from %s on %s"),
                          *subscription->region_name ? subscription->region_name
                                                     : subscription->region,
                          host);
}

static void
update (MitOriginBanner *self)
{
  g_autoptr(MitOrigin) origin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *icon = "emblem-shared-symbolic";

  self->state = MIT_ORIGIN_STATE_NONE;
  self->origin_id = 0;
  if (self->store != NULL && self->row_id > 0 && self->tbl != NULL)
    {
      origin = mit_store_find_origin (self->store, self->tbl, self->row_id, &error);
      if (error != NULL)
        g_warning ("Cannot read where %s %" G_GINT64_FORMAT " came from: %s", self->tbl,
                   self->row_id, error->message);
    }

  if (origin != NULL)
    {
      self->origin_id = origin->id;
      if (origin->theirs != NULL)
        {
          self->state = MIT_ORIGIN_STATE_CONFLICT;
          text = g_strdup (_("Changed here and on the portal since the last sync."));
          icon = "dialog-warning-symbolic";
        }
      else if (origin->removed != NULL && *origin->removed != '\0')
        {
          g_autofree char *ymd = g_strndup (origin->removed, 10);
          g_autofree char *date = mit_date_format (ymd);

          self->state = MIT_ORIGIN_STATE_REMOVED;
          /* Translators: %s is a date, "3 June 2026" */
          text = g_strdup_printf (_("Removed from the portal on %s. You can keep or delete it."),
                                  date);
          icon = "dialog-information-symbolic";
        }
      else
        {
          self->state = MIT_ORIGIN_STATE_SYNCED;
          text = subscription_text (self, origin->subscription_id);
        }
    }

  gtk_label_set_text (GTK_LABEL (self->label), text != NULL ? text : "");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon);
  gtk_widget_set_visible (self->button, self->state == MIT_ORIGIN_STATE_CONFLICT);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer),
                                 self->state != MIT_ORIGIN_STATE_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self), self->state != MIT_ORIGIN_STATE_NONE);
}

static void
store_changed_cb (MitStore        *store,
                  guint            kinds,
                  MitOriginBanner *self)
{
  update (self);
}

static void
compare_clicked_cb (GtkButton       *button,
                    MitOriginBanner *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  MitConflictDialog *dialog;

  if (self->store == NULL || self->origin_id == 0)
    return;
  dialog = mit_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->store, self->origin_id);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
disconnect_store (MitOriginBanner *self)
{
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
}

static void
mit_origin_banner_dispose (GObject *object)
{
  MitOriginBanner *self = (MitOriginBanner *)object;

  disconnect_store (self);
  g_clear_pointer (&self->revealer, gtk_widget_unparent);

  G_OBJECT_CLASS (mit_origin_banner_parent_class)->dispose (object);
}

static void
mit_origin_banner_finalize (GObject *object)
{
  MitOriginBanner *self = (MitOriginBanner *)object;

  g_clear_pointer (&self->tbl, g_free);

  G_OBJECT_CLASS (mit_origin_banner_parent_class)->finalize (object);
}

static void
mit_origin_banner_class_init (MitOriginBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_origin_banner_dispose;
  object_class->finalize = mit_origin_banner_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mitoriginbanner");
}

static void
mit_origin_banner_init (MitOriginBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));

  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_bottom (box, 12);
  self->icon = gtk_image_new ();
  gtk_widget_set_margin_start (self->icon, 12);
  gtk_widget_set_valign (self->icon, GTK_ALIGN_CENTER);
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_margin_top (self->label, 12);
  gtk_widget_set_margin_bottom (self->label, 12);
  gtk_widget_set_margin_end (self->label, 12);
  self->button = gtk_button_new_with_mnemonic (_("_Compare…"));
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (self->button, 12);
  gtk_widget_set_visible (self->button, FALSE);
  g_signal_connect_object (self->button, "clicked", G_CALLBACK (compare_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), self->icon);
  gtk_box_append (GTK_BOX (box), self->label);
  gtk_box_append (GTK_BOX (box), self->button);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
mit_origin_banner_new (void)
{
  return g_object_new (MIT_TYPE_ORIGIN_BANNER, NULL);
}

void
mit_origin_banner_set_record (MitOriginBanner *self,
                              MitStore        *store,
                              const char      *tbl,
                              gint64           row_id)
{
  g_return_if_fail (MIT_IS_ORIGIN_BANNER (self));
  g_return_if_fail (store == NULL || MIT_IS_STORE (store));

  if (store != self->store)
    {
      disconnect_store (self);
      if (store != NULL)
        {
          self->store = g_object_ref (store);
          self->changed_id = g_signal_connect (store, "changed",
                                               G_CALLBACK (store_changed_cb), self);
        }
    }
  g_free (self->tbl);
  self->tbl = g_strdup (tbl);
  self->row_id = row_id;
  update (self);
}

MitOriginState
mit_origin_banner_get_state (MitOriginBanner *self)
{
  g_return_val_if_fail (MIT_IS_ORIGIN_BANNER (self), MIT_ORIGIN_STATE_NONE);

  return self->state;
}

const char *
mit_origin_banner_get_text (MitOriginBanner *self)
{
  g_return_val_if_fail (MIT_IS_ORIGIN_BANNER (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->label));
}
