/* mit-meeting-mode.c: a full-screen, projector-friendly view that walks a
 * meeting's agenda item by item and captures decisions and action items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeetingMode"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-debounce.h"
#include "mit-gaps.h"
#include "mit-meeting-dialogs.h"
#include "mit-meeting-format.h"
#include "mit-meeting-mode.h"
#include "mit-store-meetings.h"
#include "target-groups/mit-reachability-board.h"

#define SAVE_DELAY_MS 400
/* More gaps than this are summed up in one line: the projector is not a report. */
#define MAX_GAPS 12

struct _MitMeetingMode
{
  AdwWindow       parent_instance;

  /* widgets */
  AdwWindowTitle *window_title;
  GtkLabel       *heading;
  GtkLabel       *presenter;
  GtkTextView    *minutes_view;
  GtkListBox     *decisions;
  GtkListBox     *actions;
  GtkWidget      *reach_box;
  GtkWidget      *board_bin;
  GtkListBox     *gaps;
  GtkWidget      *empty_label;
  GtkWidget      *content;

  /* borrowed */
  GtkWindow      *dialog;     /* weak */

  /* owned */
  MitStore       *store;
  MitMeeting     *meeting;
  GPtrArray      *items;      /* MitAgendaItem, in order */
  MitDebounce    *debounce;
  guint           position;
  guint           own_write;
  guint           loading : 1;
  guint           minutes_dirty : 1;
};

G_DEFINE_FINAL_TYPE (MitMeetingMode, mit_meeting_mode, ADW_TYPE_WINDOW)

static MitAgendaItem *
current_item (MitMeetingMode *self)
{
  if (self->items == NULL || self->position >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, self->position);
}

static void
save_minutes (gpointer user_data)
{
  MitMeetingMode *self = user_data;
  MitAgendaItem *item = current_item (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!self->minutes_dirty || item == NULL)
    return;
  self->minutes_dirty = FALSE;
  buffer = gtk_text_view_get_buffer (self->minutes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  mit_agenda_item_set_minutes (item, text);
  self->own_write++;
  if (!mit_store_save_agenda_item (self->store, item, &error))
    g_warning ("Cannot save the minutes: %s", error->message);
  self->own_write--;
}

static void
minutes_changed_cb (MitMeetingMode *self)
{
  if (self->loading)
    return;
  self->minutes_dirty = TRUE;
  mit_debounce_queue (self->debounce);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_text_row (GtkListBox *list,
              const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (list, row);
}

static void
show_gaps (MitMeetingMode *self,
           gint64          group_id)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  guint shown = 0, n = 0;

  clear_list (self->gaps);
  gaps = mit_gaps_find (self->store, NULL, &error);
  if (gaps == NULL)
    {
      g_warning ("Cannot find the gaps: %s", error->message);
      return;
    }
  for (guint i = 0; i < gaps->len; i++)
    {
      MitGap *gap = g_ptr_array_index (gaps, i);
      g_autofree char *description = NULL;

      /* An item about one group shows that group's gaps. */
      if (group_id > 0 && !(gap->record == MIT_GAP_RECORD_TARGET_GROUP && gap->record_id == group_id))
        continue;
      n++;
      if (shown >= MAX_GAPS)
        continue;
      description = mit_gap_dup_description (gap);
      add_text_row (self->gaps, mit_gap_kind_get_label (gap->kind), description);
      shown++;
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more gap", "And %u more gaps", n - shown),
                                               n - shown);

      add_text_row (self->gaps, more, NULL);
    }
  if (n == 0)
    add_text_row (self->gaps, _("No gaps found"), NULL);
}

static void
show_item (MitMeetingMode *self)
{
  MitAgendaItem *item = current_item (self);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *counter = NULL;
  gboolean reach;

  self->loading = TRUE;
  gtk_widget_set_visible (self->content, item != NULL);
  gtk_widget_set_visible (self->empty_label, item == NULL);
  adw_window_title_set_title (self->window_title, self->meeting ? mit_meeting_get_title (self->meeting) : "");
  if (item == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, "");
      self->loading = FALSE;
      return;
    }

  /* Translators: where the meeting mode is in the agenda, e.g. "Item 2 of 5" */
  counter = g_strdup_printf (_("Item %u of %u"), self->position + 1, self->items->len);
  adw_window_title_set_subtitle (self->window_title, counter);

  heading = mit_agenda_item_format_heading (item);
  gtk_label_set_text (self->heading, heading);
  gtk_label_set_text (self->presenter, mit_agenda_item_get_presenter_name (item));
  gtk_widget_set_visible (GTK_WIDGET (self->presenter), *mit_agenda_item_get_presenter_name (item) != '\0');
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->minutes_view),
                            mit_agenda_item_get_minutes (item), -1);

  clear_list (self->decisions);
  decisions = mit_store_list_decisions (self->store, mit_agenda_item_get_id (item), NULL);
  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    {
      MitDecision *decision = g_ptr_array_index (decisions, i);
      g_autofree char *votes = mit_decision_format_votes (decision);
      g_autofree char *subtitle = *votes ? g_strdup_printf ("%s\n%s", mit_decision_get_text (decision), votes)
                                         : g_strdup (mit_decision_get_text (decision));

      add_text_row (self->decisions, mit_decision_kind_get_label (mit_decision_get_kind (decision)), subtitle);
    }
  if (decisions == NULL || decisions->len == 0)
    add_text_row (self->decisions, _("No decisions yet"), NULL);

  clear_list (self->actions);
  actions = mit_store_list_item_action_items (self->store, mit_agenda_item_get_id (item), NULL);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      MitActionItem *action = g_ptr_array_index (actions, i);
      g_autofree char *details = mit_action_item_format_details (action);

      add_text_row (self->actions, mit_action_item_get_title (action), details);
    }
  if (actions == NULL || actions->len == 0)
    add_text_row (self->actions, _("No action items yet"), NULL);

  reach = mit_agenda_item_concerns_reachability (item);
  gtk_widget_set_visible (self->reach_box, reach);
  if (reach)
    {
      if (adw_bin_get_child (ADW_BIN (self->board_bin)) == NULL)
        adw_bin_set_child (ADW_BIN (self->board_bin), GTK_WIDGET (mit_reachability_board_new (self->store)));
      show_gaps (self, mit_agenda_item_get_target_group_id (item));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting-mode.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting-mode.next",
                                 self->position + 1 < self->items->len);
  self->loading = FALSE;
}

static void
reload (MitMeetingMode *self)
{
  g_autoptr(MitMeeting) meeting = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 id;

  if (self->meeting == NULL)
    return;
  id = mit_meeting_get_id (self->meeting);
  meeting = mit_store_load_meeting (self->store, id, NULL);
  if (meeting == NULL)
    {
      /* The meeting is gone: nothing left to show. */
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  items = mit_store_list_agenda_items (self->store, id, NULL);
  g_set_object (&self->meeting, meeting);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items ? g_steal_pointer (&items) : g_ptr_array_new_with_free_func (g_object_unref);
  if (self->position >= self->items->len)
    self->position = self->items->len > 0 ? self->items->len - 1 : 0;
  show_item (self);
}

static void
store_changed_cb (MitStore       *store,
                  guint           kinds,
                  MitMeetingMode *self)
{
  if (self->own_write > 0)
    return;
  if (kinds & (MIT_RECORD_MEETING | MIT_RECORD_AGENDA_ITEM | MIT_RECORD_DECISION | MIT_RECORD_ACTION_ITEM
               | MIT_RECORD_PERSON | MIT_RECORD_TARGET_GROUP | MIT_RECORD_ASSESSMENT | MIT_RECORD_CHANNEL))
    {
      mit_debounce_flush (self->debounce);
      reload (self);
    }
}

static void
go_to (MitMeetingMode *self,
       guint           position)
{
  if (self->items == NULL || position >= self->items->len || position == self->position)
    return;
  mit_debounce_flush (self->debounce);
  self->position = position;
  show_item (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitMeetingMode *self = MIT_MEETING_MODE (widget);

  go_to (self, self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MitMeetingMode *self = MIT_MEETING_MODE (widget);

  if (self->position > 0)
    go_to (self, self->position - 1);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  go_to (MIT_MEETING_MODE (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MitMeetingMode *self = MIT_MEETING_MODE (widget);

  if (self->items != NULL && self->items->len > 0)
    go_to (self, self->items->len - 1);
}

static void
present_dialog (MitMeetingMode   *self,
                AdwMessageDialog *dialog)
{
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitMeetingMode *self = MIT_MEETING_MODE (widget);
  MitAgendaItem *item = current_item (self);
  g_autoptr(MitDecision) decision = NULL;

  if (item == NULL)
    return;
  mit_debounce_flush (self->debounce);
  decision = mit_decision_new (mit_agenda_item_get_id (item));
  present_dialog (self, mit_decision_dialog_new (GTK_WINDOW (self), self->store, decision));
}

static void
add_action_item_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MitMeetingMode *self = MIT_MEETING_MODE (widget);
  MitAgendaItem *item = current_item (self);
  g_autoptr(MitActionItem) action = NULL;

  if (item == NULL)
    return;
  mit_debounce_flush (self->debounce);
  action = mit_action_item_new (mit_agenda_item_get_meeting_id (item));
  mit_action_item_set_item_id (action, mit_agenda_item_get_id (item));
  mit_action_item_set_event_id (action, mit_agenda_item_get_event_id (item));
  mit_action_item_set_actor_id (action, mit_agenda_item_get_actor_id (item));
  mit_action_item_set_target_group_id (action, mit_agenda_item_get_target_group_id (item));
  present_dialog (self, mit_action_item_dialog_new (GTK_WINDOW (self), self->store, action));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Page Up/Down always walk the agenda (presentation clickers send them);
 * Left, Right and Space only when no text has the focus. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitMeetingMode        *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_text = focus != NULL && (GTK_IS_TEXT_VIEW (focus) || GTK_IS_EDITABLE (focus)
                                       || GTK_IS_TEXT (focus));

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      gtk_widget_activate_action (GTK_WIDGET (self), "meeting-mode.next", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      gtk_widget_activate_action (GTK_WIDGET (self), "meeting-mode.previous", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_space:
      if (in_text)
        return GDK_EVENT_PROPAGATE;
      gtk_widget_activate_action (GTK_WIDGET (self), "meeting-mode.next", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (in_text)
        return GDK_EVENT_PROPAGATE;
      gtk_widget_activate_action (GTK_WIDGET (self), "meeting-mode.previous", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (in_text)
        return GDK_EVENT_PROPAGATE;
      gtk_widget_activate_action (GTK_WIDGET (self), "meeting-mode.first", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (in_text)
        return GDK_EVENT_PROPAGATE;
      gtk_widget_activate_action (GTK_WIDGET (self), "meeting-mode.last", NULL);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static GtkWidget *
section_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "mit-meeting-mode-section");
  return label;
}

static GtkListBox *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return GTK_LIST_BOX (list);
}

static GtkWidget *
section_header (const char *title,
                const char *button_label,
                const char *action)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = section_label (title);
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
ensure_css (void)
{
  static gboolean done;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (done || display == NULL)
    return;
  done = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/miteinander/Miteinander/gui/meetings/mit-meeting-mode.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
mit_meeting_mode_dispose (GObject *object)
{
  MitMeetingMode *self = (MitMeetingMode *)object;

  g_clear_pointer (&self->debounce, mit_debounce_free);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_meeting_mode_parent_class)->dispose (object);
}

static void
mit_meeting_mode_class_init (MitMeetingModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_meeting_mode_dispose;

  gtk_widget_class_install_action (widget_class, "meeting-mode.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "meeting-mode.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "meeting-mode.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "meeting-mode.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "meeting-mode.add-decision", NULL, add_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting-mode.add-action-item", NULL,
                                   add_action_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-mode.leave", NULL, leave_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "meeting-mode.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "meeting-mode.add-decision", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "meeting-mode.add-action-item", NULL);
}

static void
mit_meeting_mode_init (MitMeetingMode *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *next = gtk_button_new_from_icon_name ("go-next-symbolic");
  GtkWidget *leave = gtk_button_new_from_icon_name ("view-restore-symbolic");
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *minutes_label = section_label (_("Minutes"));
  GtkEventController *keys;

  ensure_css ();
  gtk_widget_add_css_class (GTK_WIDGET (self), "mit-meeting-mode");
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting Mode"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1024, 768);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Meeting Mode"), ""));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_widget_set_tooltip_text (previous, _("Previous Item"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (previous), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Previous Item"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (previous), "meeting-mode.previous");
  gtk_widget_set_tooltip_text (next, _("Next Item"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (next), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next Item"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (next), "meeting-mode.next");
  gtk_widget_set_tooltip_text (leave, _("Leave Meeting Mode"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (leave), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Leave Meeting Mode"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (leave), "meeting-mode.leave");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), previous);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), next);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), leave);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (self->content, 24);
  gtk_widget_set_margin_bottom (self->content, 24);
  gtk_widget_set_margin_start (self->content, 12);
  gtk_widget_set_margin_end (self->content, 12);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "mit-meeting-mode-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  self->presenter = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->presenter, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->presenter), "mit-meeting-mode-presenter");
  gtk_widget_add_css_class (GTK_WIDGET (self->presenter), "dim-label");

  self->minutes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->minutes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->minutes_view, FALSE);
  gtk_text_view_set_top_margin (self->minutes_view, 12);
  gtk_text_view_set_bottom_margin (self->minutes_view, 12);
  gtk_text_view_set_left_margin (self->minutes_view, 12);
  gtk_text_view_set_right_margin (self->minutes_view, 12);
  gtk_widget_set_size_request (GTK_WIDGET (self->minutes_view), -1, 160);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->minutes_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, minutes_label, NULL, -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->minutes_view), "changed",
                            G_CALLBACK (minutes_changed_cb), self);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->minutes_view));

  self->decisions = boxed_list ();
  self->actions = boxed_list ();
  self->gaps = boxed_list ();
  self->board_bin = adw_bin_new ();
  gtk_widget_set_size_request (self->board_bin, -1, 320);
  self->reach_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (self->reach_box), section_label (_("Reachability")));
  gtk_box_append (GTK_BOX (self->reach_box), self->board_bin);
  gtk_box_append (GTK_BOX (self->reach_box), section_label (_("Gaps")));
  gtk_box_append (GTK_BOX (self->reach_box), GTK_WIDGET (self->gaps));

  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->presenter));
  gtk_box_append (GTK_BOX (self->content), minutes_label);
  gtk_box_append (GTK_BOX (self->content), frame);
  gtk_box_append (GTK_BOX (self->content),
                  section_header (_("Decisions"), _("Record _Decision…"), "meeting-mode.add-decision"));
  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->decisions));
  gtk_box_append (GTK_BOX (self->content),
                  section_header (_("Action Items"), _("Add _Action Item…"), "meeting-mode.add-action-item"));
  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->actions));
  gtk_box_append (GTK_BOX (self->content), self->reach_box);

  self->empty_label = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_label), "view-list-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_label), _("The Agenda Is Empty"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_label),
                                   _("Add agenda items to the meeting first."));

  gtk_box_append (GTK_BOX (outer), self->content);
  gtk_box_append (GTK_BOX (outer), self->empty_label);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_child (ADW_CLAMP (clamp), outer);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->debounce = mit_debounce_new (SAVE_DELAY_MS, save_minutes, self);
}

/**
 * mit_meeting_mode_new:
 *
 * Returns: (transfer floating): the window, not yet shown
 */
MitMeetingMode *
mit_meeting_mode_new (GtkWindow *parent,
                      MitStore  *store,
                      gint64     meeting_id)
{
  MitMeetingMode *self;

  g_return_val_if_fail (MIT_IS_STORE (store), NULL);

  self = g_object_new (MIT_TYPE_MEETING_MODE, "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->meeting = mit_store_load_meeting (store, meeting_id, NULL);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  reload (self);
  return self;
}

void
mit_meeting_mode_present (GtkWindow *parent,
                          MitStore  *store,
                          gint64     meeting_id)
{
  MitMeetingMode *self = mit_meeting_mode_new (parent, store, meeting_id);

  g_return_if_fail (self != NULL);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
}

guint
mit_meeting_mode_get_position (MitMeetingMode *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_MODE (self), 0);
  return self->position;
}

gint64
mit_meeting_mode_get_item_id (MitMeetingMode *self)
{
  MitAgendaItem *item;

  g_return_val_if_fail (MIT_IS_MEETING_MODE (self), 0);
  item = current_item (self);
  return item ? mit_agenda_item_get_id (item) : 0;
}

gboolean
mit_meeting_mode_get_shows_reachability (MitMeetingMode *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_MODE (self), FALSE);
  return current_item (self) != NULL && gtk_widget_get_visible (self->reach_box);
}

GtkWindow *
mit_meeting_mode_get_dialog (MitMeetingMode *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_MODE (self), NULL);
  return self->dialog;
}
