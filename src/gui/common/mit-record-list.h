/* mit-record-list.h: what the searchable lists of actors and persons share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-gui-util.h"
#include "mit-types.h"

G_BEGIN_DECLS

/* What tells one list from the other. */
typedef struct
{
  MitRecordKind             record_kind;
  char                   *(*format_count)  (guint      n);
  guint                   (*count_records) (MitStore  *store);
  /* The list factory's "setup", called with the list widget. */
  GCallback                 setup_row;
  /* Fills a bound row; called with the list widget. */
  MitGuiListItemUpdateFunc  update_row;
  /* Clears the search (and any filters) and applies that, so that every
   * record is shown again. */
  void                    (*show_all)      (GtkWidget *list);
} MitRecordListFuncs;

/* The selection, the key handling and the empty states of a list widget
 * with a search entry over a MitQueryModel. The widget embeds it and calls
 * mit_record_list_init() after gtk_widget_init_template() and
 * mit_record_list_clear() in dispose. The widget may read the fields; while
 * it changes the model's query it sets updating, so that the selection is
 * not taken for a choice of the user. */
typedef struct
{
  const MitRecordListFuncs *funcs;
  GtkWidget                *widget;
  guint                     selected_signal;

  /* borrowed: the widget's template children */
  GtkSearchEntry           *search_entry;
  GtkStack                 *stack;
  GtkLabel                 *count_label;
  GtkListView              *list_view;
  /* made insensitive with the search entry when there is nothing to find */
  GtkWidget                *filter_button;

  /* owned */
  MitStore                 *store;
  MitQueryModel            *model;
  GtkSingleSelection       *selection;
  gint64                    selected_id;
  guint                     updating : 1;
  guint                     in_key_press : 1;
} MitRecordList;

/* @selected_signal is the widget's "…-selected" (gint64 id, gboolean open),
 * emitted when the user selects a row. Connects Enter and Escape in the
 * search entry, activation of a row and the Delete key ("win.delete"). */
void     mit_record_list_init         (MitRecordList            *self,
                                       const MitRecordListFuncs *funcs,
                                       GtkWidget                *widget,
                                       guint                     selected_signal,
                                       GtkSearchEntry           *search_entry,
                                       GtkStack                 *stack,
                                       GtkLabel                 *count_label,
                                       GtkListView              *list_view);
void     mit_record_list_clear        (MitRecordList            *self);
void     mit_record_list_set_store    (MitRecordList            *self,
                                       MitStore                 *store);
/* After the widget changed the model's query: selects the row of the
 * selected id again and updates the count and the empty states. */
void     mit_record_list_refresh      (MitRecordList            *self);
/* Selects and shows the row of @id without emitting the selected signal,
 * showing every record first if the search hides it. */
void     mit_record_list_select_id    (MitRecordList            *self,
                                       gint64                    id);

G_END_DECLS
