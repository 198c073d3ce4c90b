/* fuzz-dta.c
 *
 * libFuzzer target: arbitrary bytes through the Stata reader (ReadStat), as a .dta file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-readstat.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  fuzz_readstat_one (data, size, ".dta");

  return 0;
}
