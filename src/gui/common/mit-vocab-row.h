/* mit-vocab-row.h: a combo row over one vocabulary of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_VOCAB_ROW (mit_vocab_row_get_type ())
G_DECLARE_FINAL_TYPE (MitVocabRow, mit_vocab_row, MIT, VOCAB_ROW, AdwComboRow)

GtkWidget  *mit_vocab_row_new        (void);
/* Fills the row from @vocabulary ("actor-kind", "field") of @store; the
 * last item lets the user add a term. */
void        mit_vocab_row_set_store  (MitVocabRow *self,
                                      MitStore    *store,
                                      const char  *vocabulary);
/* The key of the chosen term, "" for none. */
const char *mit_vocab_row_get_key    (MitVocabRow *self);
void        mit_vocab_row_set_key    (MitVocabRow *self,
                                      const char  *key);

G_END_DECLS
