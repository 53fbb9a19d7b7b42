/*
 * progress.h - how far a goal has come, from its entries.  Private.
 */
#ifndef GOALS_LIB_PROGRESS_H
#define GOALS_LIB_PROGRESS_H

#include "storage.h"

/*
 * Compute row->g.progress as of `today`:
 *   total: current = baseline + sum of entries; percent of the way from
 *          baseline to target;
 *   level: current = the newest entry, else the baseline; percent of the
 *          way from the baseline (else the oldest entry) to the target,
 *          up or down;
 *   habit: current = sum of entries in the current period; percent =
 *          share of elapsed periods whose target was met (the current
 *          period counts once met, so it never drags the share down);
 *   done:  current 1 and percent 100 once achieved, else 0 and 0.
 * Percents are clamped to 0..100.
 */
int progress_compute(goals_store *s, store_row *row, goals_date today);


#endif
