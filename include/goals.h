/*
 * goals.h - the public interface of libgoals, a library for keeping
 * personal goals, their revisions and progress, and judging them against
 * the SMART criteria.  Include this one header.
 */
#ifndef GOALS_H
#define GOALS_H

#include "goals/attention.h"
#include "goals/common.h"
#include "goals/date.h"
#include "goals/entry.h"
#include "goals/export.h"
#include "goals/fsck.h"
#include "goals/goal.h"
#include "goals/history.h"
#include "goals/json.h"
#include "goals/pace.h"
#include "goals/parse.h"
#include "goals/smart.h"
#include "goals/store.h"

#endif
